using System.Collections.Immutable;
using System.Text;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads <c>.env</c>, <c>.env.*</c> and <c>*.env</c> files. There is no .NET library for the dotenv
/// dialect, so this follows what python-dotenv and the node dotenv package agree on: <c>export</c> prefixes,
/// single quotes taken literally, double quotes with escapes (and line breaks), and <c> #</c> starting a comment
/// after an unquoted value. Lines it does not understand are ignored, as the loaders ignore them.</summary>
public sealed class DotEnvReader : IFactReader
{
    public bool CanRead(SourceFile file)
    {
        var name = file.Name.ToLowerInvariant();
        return name == ".env" || name.StartsWith(".env.", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal);
    }

    public FileFacts Read(SourceFile file)
    {
        var settings = ImmutableArray.CreateBuilder<SettingFact>();
        var text = file.Text;
        var position = 0;
        while (position < text.Length)
        {
            var lineEnd = LineEnd(text, position);
            var setting = ReadEntry(file, position, lineEnd, out var next);
            if (setting is not null)
            {
                settings.Add(setting);
            }

            position = next;
        }

        return new FileFacts { Settings = settings.ToImmutable() };
    }

    private static SettingFact? ReadEntry(SourceFile file, int start, int lineEnd, out int next)
    {
        var text = file.Text;
        next = NextLineStart(text, lineEnd);
        var i = SkipBlanks(text, start, lineEnd);
        if (i >= lineEnd || text[i] == '#')
        {
            return null;
        }

        if (string.CompareOrdinal(text, i, "export ", 0, 7) == 0)
        {
            i = SkipBlanks(text, i + 7, lineEnd);
        }

        var keyStart = i;
        while (i < lineEnd && IsKeyChar(text[i]))
        {
            i++;
        }

        var key = text[keyStart..i];
        i = SkipBlanks(text, i, lineEnd);
        if (key.Length == 0 || char.IsDigit(key[0]) || i >= lineEnd || text[i] != '=')
        {
            return null;
        }

        var valueStart = SkipBlanks(text, i + 1, lineEnd);
        var (value, valueEnd) = ReadValue(text, valueStart, lineEnd);
        if (valueEnd > lineEnd)
        {
            next = NextLineStart(text, valueEnd);
        }

        var (keyLine, keyColumn) = file.Position(keyStart);
        var (valueLine, valueColumn) = file.Position(valueStart);
        var raw = text[valueStart..valueEnd];
        var valueSpan = new SourceSpan(file.Path, valueLine, valueColumn, raw.Length);
        var fact = raw.StartsWith('\'')
            ? new FactValue { Kind = ValueKind.String, Raw = raw, Span = valueSpan, Text = value }
            : InterpolatedValue.FromString(value, raw, valueSpan);
        return new SettingFact(key, "", fact, new SourceSpan(file.Path, keyLine, keyColumn, key.Length), SettingOrigin.DotEnv);
    }

    /// <summary>The decoded value and the offset just past its raw text (past the closing quote when quoted).</summary>
    private static (string Value, int End) ReadValue(string text, int start, int lineEnd)
    {
        if (start >= lineEnd)
        {
            return ("", start);
        }

        var quote = text[start];
        if (quote is '"' or '\'' or '`')
        {
            var close = FindClosingQuote(text, start + 1, quote);
            if (close >= 0)
            {
                var inner = text[(start + 1)..close];
                return (quote == '"' ? Unescape(inner) : inner, close + 1);
            }
        }

        var end = start;
        while (end < lineEnd && !(text[end] == '#' && end > start && char.IsWhiteSpace(text[end - 1])))
        {
            end++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (text[start..end], end);
    }

    private static int FindClosingQuote(string text, int from, char quote)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string inner)
    {
        if (!inner.Contains('\\'))
        {
            return inner;
        }

        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 == inner.Length)
            {
                builder.Append(inner[i]);
                continue;
            }

            i++;
            builder.Append(inner[i] switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => inner[i],
            });
        }

        return builder.ToString();
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        if (end < 0)
        {
            return text.Length;
        }

        return end > from && text[end - 1] == '\r' ? end - 1 : end;
    }

    private static int NextLineStart(string text, int from)
    {
        var newline = text.IndexOf('\n', from);
        return newline < 0 ? text.Length : newline + 1;
    }

    private static int SkipBlanks(string text, int from, int end)
    {
        while (from < end && text[from] is ' ' or '\t')
        {
            from++;
        }

        return from;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';
}
