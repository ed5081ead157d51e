using System.Text;
using System.Text.RegularExpressions;

namespace ProdReady.Rules.Security;

/// <summary>How a Python or JavaScript expression that ends up as SQL is put together, read from its source text.
/// Hand-written: the readers keep an argument that is not a plain literal as raw text, and only its top level matters
/// (a <c>+</c> or <c>%</c> inside a string literal is SQL, not code). Strings are told from code by their quotes and
/// prefixes; f-string and template holes are read to their matching brace.</summary>
internal static partial class ScriptSqlText
{
    /// <summary>The top-level shape of <paramref name="raw"/>: the literal text, the interpolated holes and the
    /// operators that join them.</summary>
    public static Shape Read(string raw, bool python)
    {
        raw = Unwrapped(raw.Trim());
        var shape = new Shape();
        var depth = 0;
        var operand = new StringBuilder();
        var previousWasString = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (StringStart(raw, i, python) is { } start)
            {
                var end = ReadString(raw, start, python, depth == 0 ? shape : null);
                if (depth == 0)
                {
                    operand.Append('"');
                    previousWasString = true;
                }
                else
                {
                    operand.Append(raw, i, Math.Min(end, raw.Length) - i);
                }

                i = end - 1;
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }

            if (depth == 0 && c == '+' && !NextIs(raw, i, '='))
            {
                shape.Operands.Add(operand.ToString().Trim());
                operand.Clear();
                shape.Plus = true;
                previousWasString = false;
                continue;
            }

            if (depth == 0 && python && c == '%' && previousWasString && !NextIs(raw, i, '='))
            {
                shape.Percent = true;
                shape.PercentOperand = raw[(i + 1)..].Trim();
                break;
            }

            if (depth == 0 && python && previousWasString && string.CompareOrdinal(raw, i, ".format(", 0, 8) == 0)
            {
                shape.Format = true;
            }

            if (!char.IsWhiteSpace(c))
            {
                previousWasString = false;
            }

            operand.Append(c);
        }

        shape.Operands.Add(operand.ToString().Trim());
        shape.Open = depth > 0 || shape.Unclosed;
        return shape;
    }

    /// <summary>The text inside parentheses that enclose all of it: <c>("SELECT …" + x)</c>.</summary>
    private static string Unwrapped(string raw)
    {
        while (raw.Length > 1 && raw[0] == '(' && raw[^1] == ')' && MatchingParen(raw) == raw.Length - 1)
        {
            raw = raw[1..^1].Trim();
        }

        return raw;
    }

    private static int MatchingParen(string raw)
    {
        var depth = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] is '"' or '\'' or '`')
            {
                i = SkipQuoted(raw, i);
            }
            else if (raw[i] == '(')
            {
                depth++;
            }
            else if (raw[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static int SkipQuoted(string raw, int quote)
    {
        for (var i = quote + 1; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i++;
            }
            else if (raw[i] == raw[quote])
            {
                return i;
            }
        }

        return raw.Length;
    }

    /// <summary>A name that reads as a constant: <c>TABLE</c>, <c>settings.USERS_TABLE</c>.</summary>
    public static bool IsConstant(string text) => ConstantName().IsMatch(text.Trim());

    /// <summary>Whether literal text reads as an SQL statement or clause rather than prose, a URL or a shell command.</summary>
    public static bool LooksLikeSql(string text) => SqlStatement().IsMatch(text) || SqlUpperKeyword().IsMatch(text);

    private static bool NextIs(string raw, int i, char c) => i + 1 < raw.Length && raw[i + 1] == c;

    /// <summary>The index of the opening quote when a string literal (with its Python prefix) starts at
    /// <paramref name="i"/>.</summary>
    private static int? StringStart(string raw, int i, bool python)
    {
        if (raw[i] is '"' or '\'' || (!python && raw[i] == '`'))
        {
            return i;
        }

        if (!python || !char.IsLetter(raw[i]) || (i > 0 && (char.IsLetterOrDigit(raw[i - 1]) || raw[i - 1] is '_' or '.')))
        {
            return null;
        }

        var j = i;
        while (j < raw.Length && j - i < 2 && "rRbBuUfF".Contains(raw[j], StringComparison.Ordinal))
        {
            j++;
        }

        return j > i && j < raw.Length && raw[j] is '"' or '\'' ? j : null;
    }

    /// <summary>Reads the literal whose quote is at <paramref name="quote"/> and returns the index after it; records
    /// its text and holes in <paramref name="shape"/> when given.</summary>
    private static int ReadString(string raw, int quote, bool python, Shape? shape)
    {
        var prefixStart = quote;
        while (prefixStart > 0 && char.IsLetter(raw[prefixStart - 1]))
        {
            prefixStart--;
        }

        var prefix = raw[prefixStart..quote];
        var delimiter = raw[quote];
        var interpolates = delimiter == '`' || prefix.Contains('f', StringComparison.OrdinalIgnoreCase);
        var triple = python && quote + 2 < raw.Length && raw[quote + 1] == delimiter && raw[quote + 2] == delimiter;
        var close = triple ? new string(delimiter, 3) : delimiter.ToString();
        var i = quote + close.Length;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (string.CompareOrdinal(raw, i, close, 0, close.Length) == 0)
            {
                return i + close.Length;
            }

            var hole = interpolates && (delimiter == '`' ? c == '$' && NextIs(raw, i, '{') : c == '{' && !NextIs(raw, i, '{'));
            if (interpolates && delimiter != '`' && c == '{' && NextIs(raw, i, '{'))
            {
                shape?.Literal.Append('{');
                i += 2;
                continue;
            }

            if (hole)
            {
                var open = delimiter == '`' ? i + 1 : i;
                var end = MatchingBrace(raw, open);
                shape?.Holes.Add(HoleName(raw[(open + 1)..Math.Min(end, raw.Length)], python));
                i = end + 1;
                continue;
            }

            shape?.Literal.Append(c);
            i++;
        }

        if (shape is not null)
        {
            shape.Unclosed = true;
        }

        return raw.Length;
    }

    private static int MatchingBrace(string raw, int open)
    {
        var depth = 0;
        for (var i = open; i < raw.Length; i++)
        {
            if (raw[i] == '{')
            {
                depth++;
            }
            else if (raw[i] == '}' && --depth == 0)
            {
                return i;
            }
        }

        return raw.Length;
    }

    /// <summary>A Python hole without its conversion and format spec (<c>{x!r:&gt;10}</c> is <c>x</c>).</summary>
    private static string HoleName(string hole, bool python)
    {
        if (!python)
        {
            return hole.Trim();
        }

        var cut = hole.IndexOfAny(['!', ':']);
        return (cut > 0 && !hole[cut..].StartsWith("!=", StringComparison.Ordinal) ? hole[..cut] : hole).Trim();
    }

    [GeneratedRegex(@"^(?:[A-Za-z_][A-Za-z0-9_]*\.)*_?[A-Z][A-Z0-9_]*$")]
    private static partial Regex ConstantName();

    [GeneratedRegex(@"\bselect\b[\s\S]*\bfrom\b|\binsert\s+(?:ignore\s+)?into\b|\bupdate\b[\s\S]*\bset\b|\bdelete\s+from\b|\b(?:drop|create|alter|truncate)\s+(?:temporary\s+)?(?:table|database|schema|index|view|user|role)\b|\bwhere\b\s+[\w.""`]+\s*(?:=|<|>|!=|like\b|in\b|ilike\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SqlStatement();

    [GeneratedRegex(@"\b(?:SELECT|INSERT INTO|UPDATE|DELETE FROM|WHERE|VALUES|ORDER BY|GROUP BY|LIMIT)\b")]
    private static partial Regex SqlUpperKeyword();

    /// <summary>The parts of an expression that decide whether it builds SQL from values.</summary>
    public sealed class Shape
    {
        public StringBuilder Literal { get; } = new();

        public List<string> Holes { get; } = [];

        /// <summary>The top-level operands between <c>+</c> signs; a string literal reads as <c>"</c>.</summary>
        public List<string> Operands { get; } = [];

        public bool Plus { get; set; }

        public bool Percent { get; set; }

        public string PercentOperand { get; set; } = string.Empty;

        public bool Format { get; set; }

        public bool Unclosed { get; set; }

        /// <summary>The text ends inside a string or bracket: a statement that goes on on the next line.</summary>
        public bool Open { get; set; }

        /// <summary>How values are put into the text, or null when only literals and constants are.</summary>
        public string? Construction(bool python, string? self = null)
        {
            if (Holes.Any(h => !IsConstant(h)))
            {
                return python ? "an f-string" : "a template literal";
            }

            if (Percent && !IsConstant(PercentOperand))
            {
                return "% formatting";
            }

            if (Format)
            {
                return "str.format()";
            }

            return Plus && Operands.Any(o => o != "\"" && o.Length > 0 && o != self && !IsConstant(o)) ? "concatenation" : null;
        }
    }
}
