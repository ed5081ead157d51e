using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Splits JavaScript and TypeScript (and JSX) into tokens. No JavaScript parser is available to .NET
/// here, so this is hand-written: strings, nested template literals, comments, regular expressions told from
/// division by the previous token, numbers and brackets. JSX is read loosely (see the Jsx part). It never throws
/// and runs in linear time.</summary>
internal sealed partial class JsTokenizer
{
    private static readonly FrozenDictionary<char, string[]> Punctuators = new[]
    {
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
        "^=", "**", "<<", ">>",
    }.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    private static readonly string[] SingleCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>Keywords after which an expression starts, so a slash begins a regular expression.</summary>
    private static readonly FrozenSet<string> ExpressionKeywords = FrozenSet.ToFrozenSet(
    [
        "return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else",
        "yield", "await",
    ]);

    private readonly string _text;
    private readonly bool _jsx;
    private readonly List<JsToken> _tokens = [];
    private readonly List<JsFrame> _frames = [];
    private int _pos;
    private bool _newline;

    private JsTokenizer(string text, bool jsx)
    {
        _text = text;
        _jsx = jsx;
    }

    public static JsTokens Tokenize(string text, bool jsx)
    {
        var tokenizer = new JsTokenizer(text, jsx);
        tokenizer.Run();
        return JsTokens.Create(text, tokenizer._tokens);
    }

    private JsFrame? Top => _frames.Count == 0 ? null : _frames[^1];

    private void Run()
    {
        if (_text.StartsWith("#!", StringComparison.Ordinal))
        {
            SkipLine();
        }

        while (_pos < _text.Length)
        {
            switch (Top)
            {
                case JsFrame.JsxTag:
                    ScanJsxTag();
                    break;
                case JsFrame.JsxChildren:
                    ScanJsxChildren();
                    break;
                default:
                    ScanCode();
                    break;
            }
        }
    }

    private void ScanCode()
    {
        var c = _text[_pos];
        var next = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
        if (c == '\n')
        {
            _newline = true;
            _pos++;
        }
        else if (char.IsWhiteSpace(c))
        {
            _pos++;
        }
        else if (c == '/' && next == '/')
        {
            SkipLine();
        }
        else if (c == '/' && next == '*')
        {
            SkipBlockComment();
        }
        else if (IsIdentifierStart(c))
        {
            ReadName(JsTokenKind.Name, _pos);
        }
        else if (c == '#' && IsIdentifierStart(next))
        {
            ReadName(JsTokenKind.PrivateName, _pos++);
        }
        else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(next)))
        {
            ReadNumber();
        }
        else if (c is '"' or '\'')
        {
            ReadString(c);
        }
        else if (c == '`')
        {
            ReadTemplate(_pos, continuation: false);
        }
        else
        {
            ReadPunctuation(c);
        }
    }

    private void ReadPunctuation(char c)
    {
        switch (c)
        {
            case '{':
                Add(JsTokenKind.Open, _pos, ++_pos, "{");
                _frames.Add(JsFrame.Brace);
                return;
            case '}':
                CloseBrace();
                return;
            case '(' or '[':
                Add(JsTokenKind.Open, _pos, ++_pos, c == '(' ? "(" : "[");
                return;
            case ')' or ']':
                Add(JsTokenKind.Close, _pos, ++_pos, c == ')' ? ")" : "]");
                return;
            case '/' when ExpressionExpected() && TryReadRegex():
                return;
            case '<' when _jsx && ExpressionExpected() && LooksLikeJsx():
                StartJsx();
                return;
        }

        var start = _pos;
        var punctuator = c < 128 ? SingleCharacters[c] : c.ToString();
        foreach (var candidate in Punctuators.GetValueOrDefault(c, []))
        {
            if (_text.AsSpan(_pos).StartsWith(candidate, StringComparison.Ordinal)
                && !(candidate == "?." && _pos + 2 < _text.Length && char.IsAsciiDigit(_text[_pos + 2])))
            {
                punctuator = candidate;
                break;
            }
        }

        _pos += punctuator.Length;
        Add(JsTokenKind.Punct, start, _pos, punctuator);
    }

    private void CloseBrace()
    {
        var frame = Top;
        if (frame == JsFrame.TemplateSubstitution)
        {
            _frames.RemoveAt(_frames.Count - 1);
            ReadTemplate(_pos, continuation: true);
            return;
        }

        if (frame is JsFrame.Brace or JsFrame.JsxAttributeExpression or JsFrame.JsxChildExpression)
        {
            _frames.RemoveAt(_frames.Count - 1);
        }

        Add(JsTokenKind.Close, _pos, ++_pos, "}");
    }

    /// <summary>True when the previous token cannot end an expression, so what follows starts one.</summary>
    private bool ExpressionExpected()
    {
        if (_tokens.Count == 0)
        {
            return true;
        }

        var previous = _tokens[^1];
        return previous.Kind switch
        {
            JsTokenKind.Name => ExpressionKeywords.Contains(previous.Text),
            JsTokenKind.Punct => previous.Text is not ("++" or "--"),
            JsTokenKind.Open or JsTokenKind.TemplateHead or JsTokenKind.TemplateMiddle => true,
            _ => false,
        };
    }

    private void ReadName(JsTokenKind kind, int start)
    {
        while (_pos < _text.Length && IsIdentifierPart(_text[_pos]))
        {
            _pos++;
        }

        Add(kind, start, _pos, FactText.Of(_text, start, _pos));
    }

    private void SkipLine()
    {
        var newline = _text.IndexOf('\n', _pos);
        _pos = newline < 0 ? _text.Length : newline;
    }

    private void SkipBlockComment()
    {
        var close = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
        var end = close < 0 ? _text.Length : close + 2;
        _newline |= _text.AsSpan(_pos, end - _pos).Contains('\n');
        _pos = end;
    }

    private void Add(JsTokenKind kind, int start, int end, string text, string? value = null)
    {
        _tokens.Add(new JsToken(kind, start, end, text, _newline) { Value = value });
        _newline = false;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' || c == '\u200c' || c == '\u200d';
}
