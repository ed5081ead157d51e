using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Documents.Terraform;

/// <summary>Reads HCL native syntax into blocks, attributes and values with their positions. Literals, lists,
/// objects, references and function calls are kept as structure; operators, conditionals and <c>for</c> expressions
/// are kept as unresolved text. Hand-written because no HCL library is available to this project.</summary>
internal sealed class HclParser
{
    private const int MaxDepth = 64;

    private readonly SourceFile _file;
    private readonly List<HclToken> _tokens;
    private int _index;
    private int _depth;

    private HclParser(SourceFile file)
    {
        _file = file;
        _tokens = new HclLexer(file.Text, Where).Tokens();
    }

    /// <exception cref="FactReaderException">The file is not valid HCL.</exception>
    public static TerraformFile Parse(SourceFile file)
    {
        var parser = new HclParser(file);
        var (attributes, blocks) = parser.Body(null);
        if (attributes.Length > 0)
        {
            throw parser.Error(parser.OffsetOf(attributes[0].Span), $"attribute {attributes[0].Name} outside any block");
        }

        return new TerraformFile(file.Path, blocks);
    }

    private HclToken Current => _tokens[_index];

    private HclToken Peek(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private HclToken Take()
    {
        var token = Current;
        _index = Math.Min(_index + 1, _tokens.Count - 1);
        return token;
    }

    private (ImmutableArray<HclAttribute> Attributes, ImmutableArray<HclBlock> Blocks) Body(HclToken? opener)
    {
        var attributes = ImmutableArray.CreateBuilder<HclAttribute>();
        var blocks = ImmutableArray.CreateBuilder<HclBlock>();
        while (true)
        {
            SkipNewlines();
            if (Current.Kind == HclTokenKind.End)
            {
                if (opener is { } open)
                {
                    throw Error(open.Offset, $"the block {open.Text} is never closed with }}");
                }

                break;
            }

            if (Current.IsSymbol("}"))
            {
                if (opener is null)
                {
                    throw Error(Current.Offset, "unexpected }");
                }

                break;
            }

            var name = Current;
            if (name.Kind != HclTokenKind.Identifier)
            {
                throw Error(name.Offset, $"expected an attribute or block name, found '{Describe(name)}'");
            }

            Take();
            if (Current.IsSymbol("="))
            {
                Take();
                attributes.Add(new HclAttribute(name.Text, Expression(), Span(name)));
                EndOfLine();
                continue;
            }

            blocks.Add(Block(name));
        }

        return (attributes.ToImmutable(), blocks.ToImmutable());
    }

    private HclBlock Block(HclToken type)
    {
        var labels = ImmutableArray.CreateBuilder<string>();
        while (Current.Kind is HclTokenKind.String or HclTokenKind.Identifier)
        {
            labels.Add(Take().Text);
        }

        if (!Current.IsSymbol("{"))
        {
            throw Error(Current.Offset, $"expected = or {{ after {type.Text}, found '{Describe(Current)}'");
        }

        Take();
        Enter(type.Offset);
        var (attributes, blocks) = Body(type);
        _depth--;
        Take();
        EndOfLine();
        return new HclBlock { Type = type.Text, Labels = labels.ToImmutable(), Span = Span(type), Attributes = attributes, Blocks = blocks };
    }

    private void EndOfLine()
    {
        if (Current.Kind is not (HclTokenKind.Newline or HclTokenKind.End) && !Current.IsSymbol("}"))
        {
            throw Error(Current.Offset, $"expected a new line, found '{Describe(Current)}'");
        }
    }

    private HclValue Expression()
    {
        var start = Current;
        var primary = Primary();
        if (!IsOperator(Current))
        {
            return primary;
        }

        var depth = 0;
        var end = start.End;
        while (Current.Kind != HclTokenKind.End)
        {
            var token = Current;
            if (depth == 0 && (token.IsSymbol(",") || token.IsSymbol(")") || token.IsSymbol("]") || token.IsSymbol("}")
                               || (token.Kind == HclTokenKind.Newline && !IsOperator(_tokens[_index - 1]))))
            {
                break;
            }

            depth += token.Kind == HclTokenKind.Symbol && token.Text is "(" or "[" or "{" ? 1 : 0;
            depth -= token.Kind == HclTokenKind.Symbol && token.Text is ")" or "]" or "}" ? 1 : 0;
            end = Take().End;
        }

        return Unresolved(start, end);
    }

    private static bool IsOperator(HclToken token) =>
        token.Kind == HclTokenKind.Symbol && token.Text is "?" or ":" or "+" or "-" or "*" or "/" or "%" or "==" or "!=" or "<" or ">"
            or "<=" or ">=" or "&&" or "||" or "!" or "[" or ".";

    private HclValue Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case HclTokenKind.String or HclTokenKind.Heredoc:
                Take();
                return new HclValue(HclValueKind.String, token.Text, Span(token), token.Interpolated ? ValueState.Unresolved : ValueState.Set);
            case HclTokenKind.Number:
                Take();
                return new HclValue(HclValueKind.Number, token.Text, Span(token));
            case HclTokenKind.Identifier when token.Text is "true" or "false":
                Take();
                return new HclValue(HclValueKind.Bool, token.Text, Span(token));
            case HclTokenKind.Identifier when token.Text == "null":
                Take();
                return new HclValue(HclValueKind.Null, token.Text, Span(token));
            case HclTokenKind.Identifier when Peek().IsSymbol("("):
                return Call();
            case HclTokenKind.Identifier:
                return Reference();
            case HclTokenKind.Symbol when token.Text == "[":
                return Peek().Kind == HclTokenKind.Identifier && Peek().Text == "for" ? Balanced() : List();
            case HclTokenKind.Symbol when token.Text == "{":
                return NextSignificant().Kind == HclTokenKind.Identifier && NextSignificant().Text == "for" ? Balanced() : Object();
            case HclTokenKind.Symbol when token.Text == "(":
                return Balanced();
            case HclTokenKind.Symbol when token.Text is "-" or "!":
                Take();
                Primary();
                return Unresolved(token, _tokens[_index - 1].End);
            default:
                throw Error(token.Offset, $"expected a value, found '{Describe(token)}'");
        }
    }

    private HclToken NextSignificant()
    {
        var ahead = 1;
        while (Peek(ahead).Kind == HclTokenKind.Newline)
        {
            ahead++;
        }

        return Peek(ahead);
    }

    private HclValue Reference()
    {
        var start = Take();
        var end = start.End;
        while (Current.IsSymbol(".") && Peek().Kind is HclTokenKind.Identifier or HclTokenKind.Number || Current.IsSymbol(".") && Peek().IsSymbol("*"))
        {
            Take();
            end = Take().End;
        }

        while (Current.IsSymbol("[") && _tokens[_index - 1].End == Current.Offset)
        {
            Balanced();
            end = _tokens[_index - 1].End;
            while (Current.IsSymbol(".") && Peek().Kind is HclTokenKind.Identifier or HclTokenKind.Number)
            {
                Take();
                end = Take().End;
            }
        }

        var text = _file.Text[start.Offset..end];
        return new HclValue(HclValueKind.Reference, text, SpanOf(start.Offset, end), ValueState.Unresolved);
    }

    private HclValue Call()
    {
        var name = Take();
        Take();
        Enter(name.Offset);
        var arguments = ImmutableArray.CreateBuilder<HclValue>();
        while (true)
        {
            SkipNewlines();
            if (Current.IsSymbol(")"))
            {
                break;
            }

            arguments.Add(Expression());
            SkipNewlines();
            if (Current.IsSymbol("..."))
            {
                Take();
                SkipNewlines();
            }

            if (Current.IsSymbol(","))
            {
                Take();
            }
            else if (!Current.IsSymbol(")"))
            {
                throw Error(Current.Offset, $"expected , or ) in the arguments of {name.Text}, found '{Describe(Current)}'");
            }
        }

        _depth--;
        var close = Take();
        return new HclValue(HclValueKind.Call, name.Text, SpanOf(name.Offset, close.End), ValueState.Unresolved) { Items = arguments.ToImmutable() };
    }

    private HclValue List()
    {
        var open = Take();
        Enter(open.Offset);
        var items = ImmutableArray.CreateBuilder<HclValue>();
        while (true)
        {
            SkipNewlines();
            if (Current.IsSymbol("]"))
            {
                break;
            }

            items.Add(Expression());
            SkipNewlines();
            if (Current.IsSymbol(","))
            {
                Take();
            }
            else if (!Current.IsSymbol("]"))
            {
                throw Error(Current.Offset, $"expected , or ] in a list, found '{Describe(Current)}'");
            }
        }

        _depth--;
        var close = Take();
        return new HclValue(HclValueKind.List, _file.Text[open.Offset..close.End], SpanOf(open.Offset, close.End)) { Items = items.ToImmutable() };
    }

    private HclValue Object()
    {
        var open = Take();
        Enter(open.Offset);
        var entries = ImmutableArray.CreateBuilder<HclAttribute>();
        while (true)
        {
            SkipNewlines();
            if (Current.IsSymbol("}"))
            {
                break;
            }

            var key = Current;
            string name;
            if (key.Kind is HclTokenKind.Identifier or HclTokenKind.String or HclTokenKind.Number)
            {
                Take();
                name = key.Text;
                while (key.Kind == HclTokenKind.Identifier && Current.IsSymbol(".") && Peek().Kind == HclTokenKind.Identifier)
                {
                    Take();
                    name += "." + Take().Text;
                }
            }
            else if (key.IsSymbol("("))
            {
                name = Balanced().Text;
            }
            else
            {
                throw Error(key.Offset, $"expected an object key, found '{Describe(key)}'");
            }

            if (!Current.IsSymbol("=") && !Current.IsSymbol(":"))
            {
                throw Error(Current.Offset, $"expected = or : after the key {name}, found '{Describe(Current)}'");
            }

            Take();
            entries.Add(new HclAttribute(name, Expression(), Span(key)));
            if (Current.IsSymbol(","))
            {
                Take();
            }
            else if (Current.Kind != HclTokenKind.Newline && !Current.IsSymbol("}"))
            {
                throw Error(Current.Offset, $"expected , or a new line after an object entry, found '{Describe(Current)}'");
            }
        }

        _depth--;
        var close = Take();
        return new HclValue(HclValueKind.Object, _file.Text[open.Offset..close.End], SpanOf(open.Offset, close.End)) { Entries = entries.ToImmutable() };
    }

    /// <summary>Skips from an opening bracket to its match and keeps the text as an unresolved expression.</summary>
    private HclValue Balanced()
    {
        var open = Take();
        var depth = 1;
        while (depth > 0)
        {
            var token = Take();
            if (token.Kind == HclTokenKind.End)
            {
                throw Error(open.Offset, $"'{open.Text}' is never closed");
            }

            depth += token.Kind == HclTokenKind.Symbol && token.Text is "(" or "[" or "{" ? 1 : 0;
            depth -= token.Kind == HclTokenKind.Symbol && token.Text is ")" or "]" or "}" ? 1 : 0;
        }

        return Unresolved(open, _tokens[_index - 1].End);
    }

    private HclValue Unresolved(HclToken start, int end) =>
        new(HclValueKind.Expression, _file.Text[start.Offset..end], SpanOf(start.Offset, end), ValueState.Unresolved);

    private void SkipNewlines()
    {
        while (Current.Kind == HclTokenKind.Newline)
        {
            Take();
        }
    }

    private void Enter(int offset)
    {
        if (++_depth > MaxDepth)
        {
            throw Error(offset, $"nested deeper than {MaxDepth} levels");
        }
    }

    private SourceSpan Span(HclToken token) => SpanOf(token.Offset, token.End);

    private SourceSpan SpanOf(int start, int end)
    {
        var (line, column) = _file.Position(start);
        return new SourceSpan(_file.Path, line, column, end - start);
    }

    private int OffsetOf(SourceSpan span) => _file.Offset(span.Line, span.Column);

    private string Where(int offset)
    {
        var (line, column) = _file.Position(Math.Min(offset, Math.Max(0, _file.Text.Length - 1)));
        return $"line {line}, column {column}";
    }

    private static string Describe(HclToken token) => token.Kind switch
    {
        HclTokenKind.End => "end of file",
        HclTokenKind.Newline => "new line",
        _ => token.Text.Length > 20 ? token.Text[..20] + "…" : token.Text,
    };

    private FactReaderException Error(int offset, string what) => new($"invalid HCL at {Where(offset)}: {what}");
}
