using System.Collections.Immutable;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Just enough TOML to list dependencies from pyproject.toml and Pipfile: table headers, <c>key = value</c>
/// lines, strings, arrays of strings across lines and inline tables. No TOML library is referenced by the project
/// and dependency tables need nothing more; anything else (dates, multi-line tables, dotted-key nesting) is kept only
/// as raw text.</summary>
internal static class TomlLite
{
    public static ImmutableArray<TomlEntry> Read(string text)
    {
        var entries = ImmutableArray.CreateBuilder<TomlEntry>();
        var table = "";
        var pos = 0;
        while (pos < text.Length)
        {
            pos = SkipWhitespace(text, pos, newlines: true);
            if (pos >= text.Length)
            {
                break;
            }

            if (text[pos] == '#')
            {
                pos = EndOfLine(text, pos);
            }
            else if (text[pos] == '[')
            {
                var end = EndOfLine(text, pos);
                table = HeaderName(text[pos..end]);
                pos = end;
            }
            else
            {
                pos = ReadEntry(text, pos, table, entries);
            }
        }

        return entries.ToImmutable();
    }

    private static int ReadEntry(string text, int pos, string table, ImmutableArray<TomlEntry>.Builder entries)
    {
        var lineEnd = EndOfLine(text, pos);
        var equals = FindOutsideQuotes(text, pos, lineEnd, '=');
        if (equals < 0)
        {
            return lineEnd;
        }

        var keyEnd = equals;
        while (keyEnd > pos && char.IsWhiteSpace(text[keyEnd - 1]))
        {
            keyEnd--;
        }

        var keyOffset = pos;
        var key = text[pos..keyEnd];
        if (key.Length >= 2 && key[0] is '"' or '\'' && key[^1] == key[0])
        {
            key = key[1..^1];
            keyOffset++;
        }

        var valueStart = SkipWhitespace(text, equals + 1, newlines: false);
        var strings = ImmutableArray.CreateBuilder<TomlString>();
        var valueEnd = valueStart < text.Length && text[valueStart] is '[' or '{'
            ? ScanNested(text, valueStart, strings)
            : ScanScalar(text, valueStart, strings);
        entries.Add(new TomlEntry(table, key, keyOffset, key.Length, text[valueStart..valueEnd].Trim(), strings.ToImmutable()));
        return EndOfLine(text, valueEnd);
    }

    /// <summary>An array or inline table up to its matching close, collecting every string in it.</summary>
    private static int ScanNested(string text, int pos, ImmutableArray<TomlString>.Builder strings)
    {
        var depth = 0;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (c is '"' or '\'')
            {
                pos = ReadString(text, pos, strings, nested: depth > 1);
                continue;
            }

            if (c == '#')
            {
                pos = EndOfLine(text, pos);
                continue;
            }

            depth += c switch { '[' or '{' => 1, ']' or '}' => -1, _ => 0 };
            pos++;
            if (depth == 0)
            {
                return pos;
            }
        }

        return pos;
    }

    private static int ScanScalar(string text, int pos, ImmutableArray<TomlString>.Builder strings)
    {
        if (pos < text.Length && text[pos] is '"' or '\'')
        {
            return ReadString(text, pos, strings, nested: false);
        }

        var end = EndOfLine(text, pos);
        var comment = text.IndexOf('#', pos, end - pos);
        return comment < 0 ? end : comment;
    }

    private static int ReadString(string text, int pos, ImmutableArray<TomlString>.Builder strings, bool nested)
    {
        var quote = text[pos];
        var delimiter = string.CompareOrdinal(text, pos, new string(quote, 3), 0, 3) == 0 ? new string(quote, 3) : quote.ToString();
        var start = pos + delimiter.Length;
        var end = start;
        while (end < text.Length && string.CompareOrdinal(text, end, delimiter, 0, delimiter.Length) != 0)
        {
            end += quote == '"' && text[end] == '\\' ? 2 : 1;
        }

        end = Math.Min(end, text.Length);
        strings.Add(new TomlString(text[start..end], start, nested));
        return Math.Min(end + delimiter.Length, text.Length);
    }

    private static string HeaderName(string line)
    {
        var close = line.IndexOf(']');
        var inner = (close < 0 ? line : line[..close]).TrimStart('[');
        return string.Join('.', inner.Split('.').Select(part => part.Trim().Trim('"', '\'')));
    }

    private static int FindOutsideQuotes(string text, int from, int to, char target)
    {
        char? quote = null;
        for (var i = from; i < to; i++)
        {
            if (quote is null && text[i] == target)
            {
                return i;
            }

            if (text[i] is '"' or '\'')
            {
                quote = quote is null ? text[i] : quote == text[i] ? null : quote;
            }
        }

        return -1;
    }

    private static int SkipWhitespace(string text, int pos, bool newlines)
    {
        while (pos < text.Length && (text[pos] is ' ' or '\t' || (newlines && text[pos] is '\r' or '\n')))
        {
            pos++;
        }

        return pos;
    }

    private static int EndOfLine(string text, int pos)
    {
        var newline = text.IndexOf('\n', pos);
        return newline < 0 ? text.Length : newline;
    }
}
