namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Literals: strings, template literals (a substitution pushes a frame so its closing brace resumes the
/// template), regular expressions and numbers. An unterminated string ends at its line break.</summary>
internal sealed partial class JsTokenizer
{
    private bool TryReadRegex()
    {
        var i = _pos + 1;
        var inClass = false;
        while (i < _text.Length)
        {
            var ch = _text[i];
            if (ch is '\n' or '\r')
            {
                return false;
            }

            if (ch == '\\')
            {
                i += 2;
                continue;
            }

            if (ch == '/' && !inClass)
            {
                break;
            }

            inClass = ch == '[' || (inClass && ch != ']');
            i++;
        }

        if (i >= _text.Length)
        {
            return false;
        }

        i++;
        while (i < _text.Length && IsIdentifierPart(_text[i]))
        {
            i++;
        }

        Add(JsTokenKind.Regex, _pos, i, _text[_pos..i]);
        _pos = i;
        return true;
    }

    private void ReadNumber()
    {
        var start = _pos;
        while (_pos < _text.Length)
        {
            var ch = _text[_pos];
            var exponentSign = ch is '+' or '-' && _text[_pos - 1] is 'e' or 'E' && !IsHex(start);
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is '_' or '.' || exponentSign))
            {
                break;
            }

            _pos++;
        }

        Add(JsTokenKind.Number, start, _pos, FactText.Of(_text, start, _pos));
    }

    private bool IsHex(int start) => start + 1 < _text.Length && _text[start] == '0' && _text[start + 1] is 'x' or 'X';

    private void ReadString(char quote)
    {
        var start = _pos;
        var i = _pos + 1;
        while (i < _text.Length && _text[i] != quote && _text[i] != '\n')
        {
            i += _text[i] != '\\' ? 1 : string.CompareOrdinal(_text, i + 1, "\r\n", 0, 2) == 0 ? 3 : 2;
        }

        var contentEnd = Math.Min(i, _text.Length);
        _pos = i < _text.Length && _text[i] == quote ? i + 1 : contentEnd;
        Add(JsTokenKind.String, start, _pos, string.Empty, JsStringDecoder.Decode(_text[(start + 1)..contentEnd]));
    }

    private void ReadTemplate(int start, bool continuation)
    {
        var i = start + 1;
        while (i < _text.Length)
        {
            var ch = _text[i];
            if (ch == '\\')
            {
                i += 2;
                continue;
            }

            if (ch == '`')
            {
                _pos = i + 1;
                var kind = continuation ? JsTokenKind.TemplateTail : JsTokenKind.Template;
                Add(kind, start, _pos, continuation ? "}`" : "`", continuation ? null : JsStringDecoder.Decode(_text[(start + 1)..i]));
                return;
            }

            if (ch == '$' && i + 1 < _text.Length && _text[i + 1] == '{')
            {
                _pos = i + 2;
                Add(continuation ? JsTokenKind.TemplateMiddle : JsTokenKind.TemplateHead, start, _pos, continuation ? "}${" : "`${");
                _frames.Add(JsFrame.TemplateSubstitution);
                return;
            }

            i++;
        }

        _pos = _text.Length;
        Add(continuation ? JsTokenKind.TemplateTail : JsTokenKind.Template, start, _pos, continuation ? "}`" : "`",
            continuation ? null : JsStringDecoder.Decode(_text[Math.Min(start + 1, _text.Length)..]));
    }
}
