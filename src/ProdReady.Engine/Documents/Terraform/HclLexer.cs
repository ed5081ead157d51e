using System.Text;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Terraform;

/// <summary>Splits HCL native syntax into tokens: identifiers, numbers, quoted strings (escapes decoded, template
/// sequences kept as written), heredocs, symbols and newlines; <c>#</c>, <c>//</c> and <c>/* */</c> comments are
/// dropped. Hand-written because no HCL library is available to this project.</summary>
internal sealed class HclLexer(string text, Func<int, string> where)
{
    private static readonly string[] TwoCharSymbols = ["==", "!=", "<=", ">=", "&&", "||", "=>", "..."];

    private int _position;

    public List<HclToken> Tokens()
    {
        var tokens = new List<HclToken>();
        while (true)
        {
            var token = Next();
            tokens.Add(token);
            if (token.Kind == HclTokenKind.End)
            {
                return tokens;
            }
        }
    }

    private HclToken Next()
    {
        SkipSpaceAndComments();
        if (_position >= text.Length)
        {
            return new HclToken(HclTokenKind.End, "", text.Length, text.Length);
        }

        var start = _position;
        var c = text[_position];
        if (c == '\n')
        {
            _position++;
            return new HclToken(HclTokenKind.Newline, "\n", start, _position);
        }

        if (c == '"')
        {
            return QuotedString();
        }

        if (c == '<' && At("<<") && _position + 2 < text.Length && (char.IsLetter(text[_position + 2]) || text[_position + 2] == '-'))
        {
            return Heredoc();
        }

        if (char.IsLetter(c) || c == '_')
        {
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '_' or '-'))
            {
                _position++;
            }

            return new HclToken(HclTokenKind.Identifier, text[start.._position], start, _position);
        }

        if (char.IsDigit(c))
        {
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '.'
                       || (text[_position] is '+' or '-' && text[_position - 1] is 'e' or 'E')))
            {
                _position++;
            }

            return new HclToken(HclTokenKind.Number, text[start.._position], start, _position);
        }

        var two = TwoCharSymbols.FirstOrDefault(At);
        _position += two?.Length ?? 1;
        return new HclToken(HclTokenKind.Symbol, two ?? c.ToString(), start, _position);
    }

    private bool At(string symbol) => string.CompareOrdinal(text, _position, symbol, 0, symbol.Length) == 0;

    private void SkipSpaceAndComments()
    {
        while (_position < text.Length)
        {
            var c = text[_position];
            if (c is ' ' or '\t' or '\r' or '\uFEFF')
            {
                _position++;
            }
            else if (c == '#' || At("//"))
            {
                while (_position < text.Length && text[_position] != '\n')
                {
                    _position++;
                }
            }
            else if (At("/*"))
            {
                var end = text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error(_position, "unterminated /* comment");
                }

                _position = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private HclToken QuotedString()
    {
        var start = _position++;
        var value = new StringBuilder();
        var interpolated = false;
        while (true)
        {
            if (_position >= text.Length || text[_position] == '\n')
            {
                throw Error(start, "unterminated string");
            }

            var c = text[_position];
            if (c == '"')
            {
                _position++;
                return new HclToken(HclTokenKind.String, value.ToString(), start, _position, interpolated);
            }

            if (c == '\\' && _position + 1 < text.Length)
            {
                value.Append(Escape(text[_position + 1]));
                _position += 2;
            }
            else if ((c is '$' or '%') && _position + 1 < text.Length && text[_position + 1] == '{' && !(_position > 0 && text[_position - 1] == c))
            {
                var end = TemplateEnd(_position + 2);
                value.Append(text, _position, end - _position);
                _position = end;
                interpolated = true;
            }
            else
            {
                value.Append(c);
                _position++;
            }
        }
    }

    private static string Escape(char c) => c switch
    {
        'n' => "\n",
        't' => "\t",
        'r' => "\r",
        _ => c.ToString(),
    };

    /// <summary>The offset just past the <c>}</c> closing a template sequence opened before <paramref name="from"/>;
    /// braces and quoted strings inside it are balanced.</summary>
    private int TemplateEnd(int from)
    {
        var depth = 1;
        var position = from;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '"')
            {
                position = text.IndexOf('"', position + 1);
                if (position < 0)
                {
                    break;
                }
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return position + 1;
            }

            position++;
        }

        throw Error(from, "unterminated ${ interpolation");
    }

    private HclToken Heredoc()
    {
        var start = _position;
        _position += 2;
        var indented = _position < text.Length && text[_position] == '-';
        if (indented)
        {
            _position++;
        }

        var markerStart = _position;
        while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_'))
        {
            _position++;
        }

        var marker = text[markerStart.._position];
        var lineEnd = text.IndexOf('\n', _position);
        if (marker.Length == 0 || lineEnd < 0)
        {
            throw Error(start, "malformed heredoc");
        }

        var lines = new List<string>();
        var position = lineEnd + 1;
        while (position <= text.Length)
        {
            var next = text.IndexOf('\n', position);
            var line = (next < 0 ? text[position..] : text[position..next]).TrimEnd('\r');
            if (line.Trim() == marker)
            {
                _position = next < 0 ? text.Length : next;
                var content = string.Join("\n", indented ? Dedent(lines) : lines);
                return new HclToken(HclTokenKind.Heredoc, content, start, _position, content.Contains("${", StringComparison.Ordinal) || content.Contains("%{", StringComparison.Ordinal));
            }

            lines.Add(line);
            if (next < 0)
            {
                break;
            }

            position = next + 1;
        }

        throw Error(start, $"heredoc <<{marker} is never closed");
    }

    private static IEnumerable<string> Dedent(List<string> lines)
    {
        var indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart());
    }

    private FactReaderException Error(int offset, string what) => new($"invalid HCL at {where(offset)}: {what}");
}
