namespace ProdReady.Engine.Facts.Python;

/// <summary>Finds where a Python string literal ends, f-strings included: a replacement field is skipped as an
/// expression, so quotes nested inside it (allowed since Python 3.12) do not end the string. An unterminated
/// single-quoted string ends at its line break and a triple-quoted one at the end of the file.</summary>
internal static class PythonStringScanner
{
    private const int MaxNesting = 16;

    public static bool IsPrefix(string text, int start, int end)
    {
        var length = end - start;
        if (length is < 1 or > 2)
        {
            return false;
        }

        var first = char.ToLowerInvariant(text[start]);
        var second = length == 2 ? char.ToLowerInvariant(text[start + 1]) : '\0';
        return length == 1
            ? first is 'r' or 'b' or 'u' or 'f' or 't'
            : (first, second) is ('r', 'b') or ('b', 'r') or ('r', 'f') or ('f', 'r') or ('r', 't') or ('t', 'r');
    }

    /// <summary>Scans the literal whose prefix starts at <paramref name="start"/> and whose quote is at
    /// <paramref name="quote"/>. <c>Fields</c> are the expressions of an f-string's replacement fields, as
    /// offsets, so that calls and environment reads inside them can be read too.</summary>
    public static (int End, string? Value, IReadOnlyList<(int Start, int End)>? Fields) Scan(string text, int start, int quote)
    {
        var prefix = text[start..quote].ToLowerInvariant();
        var raw = prefix.Contains('r');
        var formatted = prefix.Contains('f') || prefix.Contains('t');
        var fields = formatted ? new List<(int, int)>() : null;
        var end = ScanBody(text, quote, formatted, 0, fields, out var interpolated, out var contentStart, out var contentEnd);
        if (interpolated)
        {
            return (end, null, fields);
        }

        var content = text[contentStart..contentEnd];
        if (formatted)
        {
            content = content.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal);
        }

        return (end, raw ? content : PythonStringDecoder.Decode(content, prefix.Contains('b')), null);
    }

    private static int ScanBody(
        string text, int quote, bool formatted, int nesting, List<(int, int)>? fields, out bool interpolated, out int contentStart, out int contentEnd)
    {
        interpolated = false;
        var q = text[quote];
        var triple = quote + 2 < text.Length && text[quote + 1] == q && text[quote + 2] == q;
        var i = quote + (triple ? 3 : 1);
        contentStart = i;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch == '\\')
            {
                i += 2;
                continue;
            }

            if (ch == q && (!triple || (i + 2 < text.Length && text[i + 1] == q && text[i + 2] == q)))
            {
                contentEnd = i;
                return i + (triple ? 3 : 1);
            }

            if (ch == '\n' && !triple)
            {
                contentEnd = i;
                return i;
            }

            if (formatted && ch == '{')
            {
                if (i + 1 < text.Length && text[i + 1] == '{')
                {
                    i += 2;
                    continue;
                }

                interpolated = true;
                var expressionStart = i + 1;
                i = SkipField(text, expressionStart, q, triple, nesting + 1, out var expressionEnd);
                fields?.Add((expressionStart, expressionEnd));
                continue;
            }

            i++;
        }

        contentEnd = text.Length;
        return text.Length;
    }

    private static int SkipField(string text, int i, char outerQuote, bool outerTriple, int nesting, out int expressionEnd)
    {
        var depth = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            expressionEnd = i;
            switch (ch)
            {
                case '\n' when !outerTriple:
                    return i;
                case '\'' or '"':
                    i = SkipNestedString(text, i, nesting);
                    continue;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '}' when depth == 0:
                    return i + 1;
                case '}':
                    depth--;
                    break;
                case ':' when depth == 0:
                    return SkipFormatSpec(text, i + 1, outerQuote, outerTriple, nesting);
            }

            i++;
        }

        expressionEnd = i;
        return i;
    }

    private static int SkipNestedString(string text, int quote, int nesting)
    {
        var prefixStart = quote;
        while (prefixStart > 0 && quote - prefixStart < 2 && char.IsAsciiLetter(text[prefixStart - 1]))
        {
            prefixStart--;
        }

        var prefix = text[prefixStart..quote].ToLowerInvariant();
        var formatted = nesting < MaxNesting && (prefix.Contains('f') || prefix.Contains('t'));
        return ScanBody(text, quote, formatted, nesting, null, out _, out _, out _);
    }

    private static int SkipFormatSpec(string text, int i, char outerQuote, bool outerTriple, int nesting)
    {
        while (i < text.Length)
        {
            var ch = text[i];
            if ((ch == '\n' && !outerTriple) || ch == outerQuote)
            {
                return i;
            }

            if (ch == '}')
            {
                return i + 1;
            }

            i = ch == '{' && nesting < MaxNesting ? SkipField(text, i + 1, outerQuote, outerTriple, nesting + 1, out _) : i + 1;
        }

        return i;
    }
}
