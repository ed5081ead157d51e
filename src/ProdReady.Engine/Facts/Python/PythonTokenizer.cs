using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.Python;

/// <summary>Splits Python source into tokens and logical lines. No Python parser is available to .NET here, so
/// this is hand-written after the language reference: implicit joining inside brackets, backslash continuation,
/// comments, every string prefix, f-strings and indentation. It never throws and runs in linear time; unbalanced
/// brackets are tolerated, and a <c>def</c> or <c>class</c> at column one ends any bracket left open.</summary>
internal sealed class PythonTokenizer
{
    private static readonly FrozenDictionary<char, string[]> Operators = new[]
    {
        "**=", "//=", ">>=", "<<=", "...", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=",
        "%=", "&=", "|=", "^=", "@=", ":=",
    }.GroupBy(o => o[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    private static readonly string[] SingleCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private readonly string _text;
    private readonly List<PythonToken> _tokens = [];
    private readonly List<int> _match = [];
    private readonly List<PythonLine> _lines = [];
    private readonly List<int> _open = [];
    private int _pos;
    private int _physicalLineStart;
    private int _lineFirst;
    private int _lineIndent;

    private readonly int _begin;
    private readonly int _end;

    private PythonTokenizer(string text, int start, int end)
    {
        _text = text;
        _pos = start;
        _physicalLineStart = start;
        _begin = start;
        _end = end;
    }

    public static PythonTokens Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>Tokenizes [start, end) of the text with offsets into the whole text: an f-string's field.</summary>
    public static PythonTokens Tokenize(string text, int start, int end)
    {
        var tokenizer = new PythonTokenizer(text, start, end);
        tokenizer.Run();
        return new PythonTokens
        {
            Text = text,
            Tokens = [.. tokenizer._tokens],
            Match = [.. tokenizer._match],
            Lines = [.. tokenizer._lines],
        };
    }

    private void Run()
    {
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _physicalLineStart = _pos;
                if (_open.Count == 0)
                {
                    EndLine();
                }
            }
            else if (c is ' ' or '\t' or '\r' or '\f')
            {
                _pos++;
            }
            else if (c == '#')
            {
                var newline = _text.IndexOf('\n', _pos);
                _pos = newline < 0 ? _text.Length : newline;
            }
            else if (c == '\\')
            {
                SkipContinuation();
            }
            else if (char.IsLetter(c) || c == '_')
            {
                ReadName();
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1])))
            {
                ReadNumber();
            }
            else if (c is '"' or '\'')
            {
                ReadString(_pos);
            }
            else
            {
                ReadPunctuation(c);
            }
        }

        EndLine();
    }

    private void SkipContinuation()
    {
        _pos++;
        if (_pos < _text.Length && _text[_pos] == '\r')
        {
            _pos++;
        }

        if (_pos < _text.Length && _text[_pos] == '\n')
        {
            _pos++;
            _physicalLineStart = _pos;
        }
    }

    private void ReadName()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }

        if (_pos < _text.Length && _text[_pos] is '"' or '\'' && PythonStringScanner.IsPrefix(_text, start, _pos))
        {
            ReadString(start);
            return;
        }

        var name = FactText.Of(_text, start, _pos);
        if (_open.Count > 0 && start == _physicalLineStart && name is "def" or "class")
        {
            _open.Clear();
            EndLine();
        }

        Add(PythonTokenKind.Name, start, _pos, name);
    }

    private void ReadNumber()
    {
        var start = _pos;
        if (_text[_pos] == '0' && _pos + 1 < _text.Length && _text[_pos + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            _pos += 2;
            while (_pos < _text.Length && (char.IsAsciiHexDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }
        }
        else
        {
            SkipDigits();
            if (_pos < _text.Length && _text[_pos] == '.')
            {
                _pos++;
                SkipDigits();
            }

            if (_pos + 1 < _text.Length && _text[_pos] is 'e' or 'E'
                && (char.IsAsciiDigit(_text[_pos + 1]) || (_text[_pos + 1] is '+' or '-' && _pos + 2 < _text.Length && char.IsAsciiDigit(_text[_pos + 2]))))
            {
                _pos += 2;
                SkipDigits();
            }
        }

        if (_pos < _text.Length && _text[_pos] is 'j' or 'J' or 'l' or 'L')
        {
            _pos++;
        }

        Add(PythonTokenKind.Number, start, _pos, FactText.Of(_text, start, _pos));
    }

    private void SkipDigits()
    {
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }
    }

    private void ReadString(int start)
    {
        var (end, value, fields) = PythonStringScanner.Scan(_text, start, _pos);
        _pos = end;
        var lastBreak = _text.LastIndexOf('\n', Math.Max(start, end - 1), end - start);
        if (lastBreak >= 0 && lastBreak < end)
        {
            _physicalLineStart = lastBreak + 1;
        }

        Add(PythonTokenKind.String, start, end, string.Empty, value, value is null ? fields : null);
    }

    private void ReadPunctuation(char c)
    {
        var start = _pos;
        if (c is '(' or '[' or '{')
        {
            _pos++;
            Add(PythonTokenKind.Open, start, _pos, SingleCharacters[c]);
            _open.Add(_tokens.Count - 1);
            return;
        }

        if (c is ')' or ']' or '}')
        {
            _pos++;
            Close(start, c);
            return;
        }

        var op = c < 128 ? SingleCharacters[c] : c.ToString();
        foreach (var candidate in Operators.GetValueOrDefault(c, []))
        {
            if (_text.AsSpan(_pos).StartsWith(candidate, StringComparison.Ordinal))
            {
                op = candidate;
                break;
            }
        }

        _pos += op.Length;
        Add(PythonTokenKind.Operator, start, _pos, op);
    }

    private void Close(int start, char c)
    {
        var opener = c switch { ')' => "(", ']' => "[", _ => "{" };
        var depth = _open.Count;
        for (var back = 1; back <= 2 && back <= _open.Count; back++)
        {
            var candidate = _open[^back];
            if (_tokens[candidate].Text != opener)
            {
                continue;
            }

            _open.RemoveRange(_open.Count - back, back);
            depth = _open.Count;
            Add(PythonTokenKind.Close, start, _pos, SingleCharacters[c], depthOverride: depth);
            _match[candidate] = _tokens.Count - 1;
            _match[^1] = candidate;
            return;
        }

        Add(PythonTokenKind.Close, start, _pos, SingleCharacters[c], depthOverride: depth);
    }

    private void Add(PythonTokenKind kind, int start, int end, string text, string? value = null, IReadOnlyList<(int, int)>? fields = null, int depthOverride = -1)
    {
        if (_tokens.Count == _lineFirst)
        {
            _lineIndent = Indentation(start);
        }

        var depth = depthOverride >= 0 ? depthOverride : _open.Count;
        _tokens.Add(new PythonToken(kind, start, end, text, depth) { Value = value, IsInterpolated = kind == PythonTokenKind.String && value is null, Fields = fields });
        _match.Add(-1);
    }

    /// <summary>The indentation of the physical line <paramref name="start"/> is on. Measured from that line's own
    /// start: after a multi-line string the scanner's current line is the string's last one, not its first.</summary>
    private int Indentation(int start)
    {
        var width = 0;
        var lineStart = start <= _begin ? _begin : Math.Max(_begin, _text.LastIndexOf('\n', start - 1) + 1);
        for (var i = lineStart; i < start && i < _text.Length; i++)
        {
            width = _text[i] switch
            {
                '\t' => ((width / 8) + 1) * 8,
                '\f' => 0,
                _ => width + 1,
            };
        }

        return width;
    }

    private void EndLine()
    {
        if (_tokens.Count > _lineFirst)
        {
            _lines.Add(new PythonLine(_lineFirst, _tokens.Count, _lineIndent));
        }

        _lineFirst = _tokens.Count;
    }
}
