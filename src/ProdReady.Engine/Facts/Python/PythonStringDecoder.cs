using System.Globalization;
using System.Text;

namespace ProdReady.Engine.Facts.Python;

/// <summary>Turns the escape sequences of a non-raw Python string into the characters they stand for.
/// <c>\N{name}</c> is kept as written: resolving Unicode names is not worth a table here.</summary>
internal static class PythonStringDecoder
{
    public static string Decode(string content, bool bytes)
    {
        if (!content.Contains('\\'))
        {
            return FactText.Of(content);
        }

        var builder = new StringBuilder(content.Length);
        var i = 0;
        while (i < content.Length)
        {
            var ch = content[i];
            if (ch != '\\' || i + 1 >= content.Length)
            {
                builder.Append(ch);
                i++;
                continue;
            }

            i = DecodeEscape(content, i + 1, bytes, builder);
        }

        return FactText.Of(builder.ToString());
    }

    private static int DecodeEscape(string content, int i, bool bytes, StringBuilder builder)
    {
        var ch = content[i];
        switch (ch)
        {
            case '\n':
                return i + 1;
            case '\r':
                return i + 1 < content.Length && content[i + 1] == '\n' ? i + 2 : i + 1;
            case '\\' or '\'' or '"':
                builder.Append(ch);
                return i + 1;
            case 'a': builder.Append('\a'); return i + 1;
            case 'b': builder.Append('\b'); return i + 1;
            case 'f': builder.Append('\f'); return i + 1;
            case 'n': builder.Append('\n'); return i + 1;
            case 'r': builder.Append('\r'); return i + 1;
            case 't': builder.Append('\t'); return i + 1;
            case 'v': builder.Append('\v'); return i + 1;
            case 'x':
                return Hex(content, i, 2, builder);
            case 'u' when !bytes:
                return Hex(content, i, 4, builder);
            case 'U' when !bytes:
                return Hex(content, i, 8, builder);
        }

        if (ch is >= '0' and <= '7')
        {
            var end = i;
            while (end < content.Length && end - i < 3 && content[end] is >= '0' and <= '7')
            {
                end++;
            }

            builder.Append((char)Convert.ToInt32(content[i..end], 8));
            return end;
        }

        builder.Append('\\').Append(ch);
        return i + 1;
    }

    private static int Hex(string content, int i, int digits, StringBuilder builder)
    {
        var start = i + 1;
        if (start + digits > content.Length
            || !int.TryParse(content.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF)
        {
            builder.Append('\\').Append(content[i]);
            return i + 1;
        }

        builder.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
        return start + digits;
    }
}
