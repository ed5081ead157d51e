using System.Collections.Immutable;
using System.Text;

namespace ProdReady.Engine.Facts.Python;

/// <summary>Reads a token range as a <see cref="FactValue"/>: literals, lists, tuples, sets and dicts
/// recursively, environment look-ups, and everything else as an unresolved expression.</summary>
internal sealed class PythonValueReader
{
    /// <summary>Deeper literals are read as expressions, which bounds recursion on hostile input.</summary>
    private const int MaxNesting = 32;

    /// <summary>Raw text is cut here so that deeply nested calls cannot make the facts quadratic in size.</summary>
    private const int MaxRaw = 1000;

    private readonly PythonSource _source;
    private readonly PythonEnvReader _env;
    private int _nesting;

    public PythonValueReader(PythonSource source)
    {
        _source = source;
        _env = new PythonEnvReader(source, this);
    }

    public PythonEnvReader Env => _env;

    public FactValue Read(int first, int end)
    {
        if (end <= first)
        {
            return Make(ValueKind.Expression, first, first);
        }

        var depth = _source[first].Depth;
        var items = _source.Split(first, end, depth);
        if (items.Count > 1 || (items.Count == 1 && items[0].End < end))
        {
            return Sequence(first, end, items);
        }

        if (_nesting >= MaxNesting)
        {
            return Make(ValueKind.Expression, first, end);
        }

        _nesting++;
        try
        {
            return ReadSingle(first, end) ?? ReadGroup(first, end) ?? ReadEnv(first, end) ?? Make(ValueKind.Expression, first, end);
        }
        finally
        {
            _nesting--;
        }
    }

    public ImmutableArray<FactArgument> Arguments(int open, int close)
    {
        var arguments = ImmutableArray.CreateBuilder<FactArgument>();
        foreach (var (first, end) in _source.Split(open + 1, close, _source[open].Depth + 1))
        {
            if (end - first >= 2 && PythonSyntax.IsIdentifier(_source[first]) && _source.Is(first + 1, "="))
            {
                arguments.Add(new FactArgument(_source[first].Text, Read(first + 2, end)));
            }
            else if (_source.Is(first, "*") || _source.Is(first, "**"))
            {
                arguments.Add(new FactArgument(null, Make(ValueKind.Expression, first, end)));
            }
            else
            {
                arguments.Add(new FactArgument(null, Read(first, end)));
            }
        }

        return arguments.ToImmutable();
    }

    public FactValue Make(ValueKind kind, int first, int end, string? text = null) => new()
    {
        Kind = kind,
        Raw = first < _source.Tokens.Count ? _source.Raw(first, end, MaxRaw) : string.Empty,
        Span = first < _source.Tokens.Count ? _source.Span(first, end) : default,
        Text = text,
    };

    private FactValue? ReadSingle(int first, int end)
    {
        var token = _source[first];
        if (token.Kind == PythonTokenKind.String)
        {
            return ReadStrings(first, end);
        }

        if (end - first == 2 && token.Kind == PythonTokenKind.Operator && token.Text is "-" or "+"
            && _source[first + 1].Kind == PythonTokenKind.Number)
        {
            return Make(ValueKind.Number, first, end, _source.Raw(first, end));
        }

        if (end - first != 1)
        {
            return null;
        }

        return token.Kind == PythonTokenKind.Number ? Make(ValueKind.Number, first, end, token.Text)
            : token.Is("True") || token.Is("False") ? Make(ValueKind.Bool, first, end, token.Text)
            : token.Is("None") ? Make(ValueKind.Null, first, end, token.Text)
            : null;
    }

    private FactValue? ReadStrings(int first, int end)
    {
        var text = new StringBuilder();
        var interpolated = false;
        for (var i = first; i < end; i++)
        {
            var token = _source[i];
            if (token.Kind != PythonTokenKind.String)
            {
                return null;
            }

            interpolated |= token.Value is null;
            text.Append(token.Value);
        }

        return interpolated ? Make(ValueKind.Expression, first, end) : Make(ValueKind.String, first, end, text.ToString());
    }

    private FactValue? ReadGroup(int first, int end)
    {
        var open = _source[first];
        if (open.Kind != PythonTokenKind.Open || _source.Tokens.Match[first] != end - 1)
        {
            return null;
        }

        var depth = open.Depth + 1;
        if (_source.Find(first + 1, end - 1, "for") >= 0)
        {
            return Make(ValueKind.Expression, first, end);
        }

        var items = _source.Split(first + 1, end - 1, depth);
        return open.Text switch
        {
            "[" => Sequence(first, end, items),
            "(" when items.Count == 1 && items[0].End == end - 1 => Read(first + 1, end - 1),
            "(" => Sequence(first, end, items),
            _ when items.Count == 0 || IsDictItem(items[0]) => Dict(first, end, items),
            _ => Sequence(first, end, items),
        };
    }

    private bool IsDictItem((int First, int End) item) =>
        _source.Is(item.First, "**") || _source.Find(item.First, item.End, ":") >= 0;

    private FactValue Sequence(int first, int end, List<(int First, int End)> items) =>
        Make(ValueKind.List, first, end) with { Items = [.. items.Select(i => Read(i.First, i.End))] };

    private FactValue Dict(int first, int end, List<(int First, int End)> items)
    {
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        foreach (var (itemFirst, itemEnd) in items)
        {
            var colon = _source.Find(itemFirst, itemEnd, ":");
            if (colon <= itemFirst || colon + 1 >= itemEnd)
            {
                continue;
            }

            var key = ReadStrings(itemFirst, colon);
            if (key is { Kind: ValueKind.String, Text: not null })
            {
                entries.Add(new FactEntry(key.Text, Read(colon + 1, itemEnd), _source.Span(itemFirst, colon)));
            }
        }

        return Make(ValueKind.Dict, first, end) with { Entries = entries.ToImmutable() };
    }

    private FactValue? ReadEnv(int first, int end)
    {
        if (_env.TryRead(first, end) is not { } access)
        {
            return null;
        }

        if (access.AccessEnd == end)
        {
            return Make(ValueKind.EnvLookup, first, end) with { EnvName = access.Name, EnvDefault = access.CallDefault };
        }

        return _env.ChainEnd(access.AccessEnd, end) == end
            ? Make(ValueKind.EnvLookup, first, end) with { EnvName = access.Name, EnvDefault = access.CallDefault ?? Read(access.AccessEnd + 1, end) }
            : null;
    }
}
