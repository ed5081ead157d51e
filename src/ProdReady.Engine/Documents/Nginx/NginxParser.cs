using System.Collections.Immutable;
using System.Text;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Documents.Nginx;

/// <summary>Reads nginx configuration syntax: directives ending in <c>;</c>, blocks in braces, <c>#</c> comments,
/// single- and double-quoted arguments with escapes. Hand-written: no library for the format is available here.
/// <c>*_by_lua_block</c> bodies are skipped as opaque.</summary>
internal sealed class NginxParser
{
    private const int MaxDepth = 64;

    private readonly SourceFile _file;
    private readonly string _text;
    private int _position;

    private NginxParser(SourceFile file)
    {
        _file = file;
        _text = file.Text;
    }

    /// <exception cref="FactReaderException">Braces do not balance or a directive or string is never ended.</exception>
    public static NginxConfig Parse(SourceFile file)
    {
        var parser = new NginxParser(file);
        var directives = parser.Block(0, null);
        return new NginxConfig(file.Path, directives);
    }

    private ImmutableArray<NginxDirective> Block(int depth, (string Text, int Offset, bool Quoted)? opener)
    {
        if (depth > MaxDepth)
        {
            throw Error(_position, $"blocks nested deeper than {MaxDepth} levels");
        }

        var directives = ImmutableArray.CreateBuilder<NginxDirective>();
        while (true)
        {
            var word = Word();
            if (word is null)
            {
                if (_position >= _text.Length)
                {
                    if (depth > 0)
                    {
                        throw Error(opener!.Value.Offset, $"the block {opener.Value.Text} is never closed with }}");
                    }

                    break;
                }

                var c = _text[_position];
                if (c == '}')
                {
                    if (depth == 0)
                    {
                        throw Error(_position, "unexpected }");
                    }

                    _position++;
                    break;
                }

                throw Error(_position, $"unexpected '{c}'");
            }

            directives.Add(Directive(word.Value, depth));
        }

        return directives.ToImmutable();
    }

    private NginxDirective Directive((string Text, int Offset, bool Quoted) name, int depth)
    {
        var arguments = ImmutableArray.CreateBuilder<DocumentValue>();
        while (true)
        {
            var word = Word();
            if (word is { } argument)
            {
                var state = argument.Text.Contains('$') ? ValueState.Unresolved : ValueState.Set;
                arguments.Add(new DocumentValue(argument.Text, Span(argument.Offset, argument.Text.Length), state));
                continue;
            }

            if (_position >= _text.Length)
            {
                throw Error(name.Offset, $"directive {name.Text} is never ended with ;");
            }

            var c = _text[_position++];
            if (c == ';')
            {
                return new NginxDirective { Name = name.Text, Span = Span(name.Offset, name.Text.Length), Arguments = arguments.ToImmutable() };
            }

            if (c == '{')
            {
                var children = name.Text.EndsWith("_by_lua_block", StringComparison.Ordinal) ? SkipOpaque() : Block(depth + 1, name);
                return new NginxDirective { Name = name.Text, Span = Span(name.Offset, name.Text.Length), Arguments = arguments.ToImmutable(), Children = children };
            }

            throw Error(_position - 1, $"unexpected '{c}' in directive {name.Text}");
        }
    }

    private ImmutableArray<NginxDirective> SkipOpaque()
    {
        var depth = 1;
        while (_position < _text.Length && depth > 0)
        {
            depth += _text[_position] == '{' ? 1 : _text[_position] == '}' ? -1 : 0;
            _position++;
        }

        return [];
    }

    /// <summary>The next argument or name, after spaces and comments; null at <c>;</c>, <c>{</c>, <c>}</c> or the end.</summary>
    private (string Text, int Offset, bool Quoted)? Word()
    {
        SkipSpaceAndComments();
        if (_position >= _text.Length || _text[_position] is ';' or '{' or '}')
        {
            return null;
        }

        var start = _position;
        var quote = _text[_position];
        var value = new StringBuilder();
        if (quote is '"' or '\'')
        {
            _position++;
            while (true)
            {
                if (_position >= _text.Length)
                {
                    throw Error(start, "a quoted string is never closed");
                }

                var c = _text[_position++];
                if (c == quote)
                {
                    return (value.ToString(), start, true);
                }

                if (c == '\\' && _position < _text.Length)
                {
                    c = _text[_position++];
                }

                value.Append(c);
            }
        }

        while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]) && _text[_position] is not (';' or '{' or '}'))
        {
            if (_text[_position] == '$' && _position + 1 < _text.Length && _text[_position + 1] == '{')
            {
                var close = _text.IndexOf('}', _position);
                value.Append(_text, _position, (close < 0 ? _text.Length : close + 1) - _position);
                _position = close < 0 ? _text.Length : close + 1;
                continue;
            }

            if (_text[_position] == '\\' && _position + 1 < _text.Length)
            {
                _position++;
            }

            value.Append(_text[_position++]);
        }

        return (value.ToString(), start, false);
    }

    private void SkipSpaceAndComments()
    {
        while (_position < _text.Length)
        {
            if (char.IsWhiteSpace(_text[_position]) || _text[_position] == '\uFEFF')
            {
                _position++;
            }
            else if (_text[_position] == '#')
            {
                var end = _text.IndexOf('\n', _position);
                _position = end < 0 ? _text.Length : end;
            }
            else
            {
                return;
            }
        }
    }

    private SourceSpan Span(int offset, int length)
    {
        var (line, column) = _file.Position(offset);
        return new SourceSpan(_file.Path, line, column, length);
    }

    private FactReaderException Error(int offset, string what)
    {
        var (line, column) = _file.Position(Math.Min(offset, Math.Max(0, _text.Length - 1)));
        return new FactReaderException($"invalid nginx configuration at line {line}, column {column}: {what}");
    }
}
