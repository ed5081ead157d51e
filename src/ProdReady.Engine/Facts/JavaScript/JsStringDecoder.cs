using System.Globalization;
using System.Text;

namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Turns the escape sequences of a JavaScript string or template into the characters they stand for.</summary>
internal static class JsStringDecoder
{
    public static string Decode(string content)
    {
        if (!content.Contains('\\'))
        {
            return FactText.Of(content);
        }

        var builder = new StringBuilder(content.Length);
        var i = 0;
        while (i < content.Length)
        {
            if (content[i] != '\\' || i + 1 >= content.Length)
            {
                builder.Append(content[i++]);
                continue;
            }

            i = Escape(content, i + 1, builder);
        }

        return FactText.Of(builder.ToString());
    }

    private static int Escape(string content, int i, StringBuilder builder)
    {
        var ch = content[i];
        switch (ch)
        {
            case '\n':
                return i + 1;
            case '\r':
                return i + 1 < content.Length && content[i + 1] == '\n' ? i + 2 : i + 1;
            case 'n': builder.Append('\n'); return i + 1;
            case 't': builder.Append('\t'); return i + 1;
            case 'r': builder.Append('\r'); return i + 1;
            case 'b': builder.Append('\b'); return i + 1;
            case 'f': builder.Append('\f'); return i + 1;
            case 'v': builder.Append('\v'); return i + 1;
            case '0' when i + 1 >= content.Length || !char.IsAsciiDigit(content[i + 1]):
                builder.Append('\0');
                return i + 1;
            case 'x':
                return Hex(content, i + 1, 2, i + 3, builder) ?? Literal(ch, i, builder);
            case 'u' when i + 1 < content.Length && content[i + 1] == '{':
                var close = content.IndexOf('}', i + 2);
                return (close > 0 ? Hex(content, i + 2, close - i - 2, close + 1, builder) : null) ?? Literal(ch, i, builder);
            case 'u':
                return Hex(content, i + 1, 4, i + 5, builder) ?? Literal(ch, i, builder);
            default:
                return Literal(ch, i, builder);
        }
    }

    private static int Literal(char ch, int i, StringBuilder builder)
    {
        builder.Append(ch);
        return i + 1;
    }

    private static int? Hex(string content, int start, int digits, int next, StringBuilder builder)
    {
        if (digits is < 1 or > 6 || start + digits > content.Length
            || !int.TryParse(content.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF)
        {
            return null;
        }

        if (code is >= 0xD800 and <= 0xDFFF)
        {
            builder.Append((char)code);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(code));
        }

        return next;
    }
}
