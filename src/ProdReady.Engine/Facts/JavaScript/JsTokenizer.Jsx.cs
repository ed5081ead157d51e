namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>JSX, read loosely: an outermost element becomes one bracket pair (<c>&lt;jsx</c> … <c>jsx&gt;</c>)
/// so expression scanning steps over it; its attribute strings and its <c>{…}</c> containers are tokenized as
/// code, and its text is skipped, so an apostrophe or a slash in text cannot derail the file.</summary>
internal sealed partial class JsTokenizer
{
    private bool LooksLikeJsx()
    {
        var i = _pos + 1;
        if (i >= _text.Length)
        {
            return false;
        }

        if (_text[i] == '>')
        {
            return true;
        }

        if (!IsIdentifierStart(_text[i]))
        {
            return false;
        }

        while (i < _text.Length && (IsIdentifierPart(_text[i]) || _text[i] is '.' or ':' or '-'))
        {
            i++;
        }

        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        // A generic arrow function in a .tsx file: <T,>(x: T) => x, or <T extends U>(…).
        return i >= _text.Length || (_text[i] != ',' && string.CompareOrdinal(_text, i, "extends ", 0, 8) != 0);
    }

    private void StartJsx()
    {
        Add(JsTokenKind.Open, _pos, _pos + 1, "<jsx");
        _pos++;
        _frames.Add(JsFrame.JsxTag);
    }

    private void ScanJsxTag()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '>')
            {
                _pos++;
                _frames[^1] = JsFrame.JsxChildren;
                return;
            }

            if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '>')
            {
                _pos += 2;
                _frames.RemoveAt(_frames.Count - 1);
                ElementClosed();
                return;
            }

            if (c == '{')
            {
                Add(JsTokenKind.Open, _pos, ++_pos, "{");
                _frames.Add(JsFrame.JsxAttributeExpression);
                return;
            }

            if (c is '"' or '\'')
            {
                ReadAttributeString(c);
                continue;
            }

            _pos++;
        }
    }

    private void ScanJsxChildren()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
            if (c == '{')
            {
                Add(JsTokenKind.Open, _pos, ++_pos, "{");
                _frames.Add(JsFrame.JsxChildExpression);
                return;
            }

            if (c == '<' && next == '/')
            {
                var close = _text.IndexOf('>', _pos);
                _pos = close < 0 ? _text.Length : close + 1;
                _frames.RemoveAt(_frames.Count - 1);
                ElementClosed();
                return;
            }

            if (c == '<' && (next == '>' || IsIdentifierStart(next)))
            {
                _pos++;
                _frames.Add(JsFrame.JsxTag);
                return;
            }

            _pos++;
        }
    }

    /// <summary>An element ended; when it was not a child of another, the JSX expression is over.</summary>
    private void ElementClosed()
    {
        if (Top != JsFrame.JsxChildren)
        {
            Add(JsTokenKind.Close, _pos - 1, _pos, "jsx>");
        }
    }

    private void ReadAttributeString(char quote)
    {
        var start = _pos;
        var close = _text.IndexOf(quote, _pos + 1);
        var end = close < 0 ? _text.Length : close;
        _pos = close < 0 ? _text.Length : close + 1;
        Add(JsTokenKind.String, start, _pos, string.Empty, _text[(start + 1)..end]);
    }
}
