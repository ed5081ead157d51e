namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Reads a token range as a <see cref="FactValue"/>: literals, arrays and object literals recursively,
/// <c>process.env</c> and <c>import.meta.env</c> look-ups with their <c>||</c>/<c>??</c> fallback, and anything
/// else as an unresolved expression. TypeScript's <c>as</c>, <c>satisfies</c> and <c>!</c> are looked through.</summary>
internal sealed class JsValueReader(JsSource source)
{
    /// <summary>Deeper literals are read as expressions, which bounds recursion on hostile input.</summary>
    private const int MaxNesting = 32;

    /// <summary>Raw text is cut here so that deeply nested calls cannot make the facts quadratic in size.</summary>
    private const int MaxRaw = 1000;

    private int _nesting;

    public FactValue Read(int first, int end)
    {
        end = WithoutTypeSuffix(first, end);
        if (end <= first || _nesting >= MaxNesting)
        {
            return Make(ValueKind.Expression, first, Math.Max(first, end));
        }

        _nesting++;
        try
        {
            return ReadLiteral(first, end) ?? ReadGroup(first, end) ?? ReadEnv(first, end) ?? Make(ValueKind.Expression, first, end);
        }
        finally
        {
            _nesting--;
        }
    }

    /// <summary>The environment variable read at <paramref name="first"/>, if one is.</summary>
    public JsEnvAccess? EnvAccess(int first)
    {
        int member;
        if (source.IsName(first) && source[first].Text == "process" && source.Is(first + 1, ".") && source.Is(first + 2, "env"))
        {
            member = first + 3;
        }
        else if (source.Is(first, "import") && source.Is(first + 1, ".") && source.Is(first + 2, "meta")
            && source.Is(first + 3, ".") && source.Is(first + 4, "env"))
        {
            member = first + 5;
        }
        else
        {
            return null;
        }

        if ((source.Is(member, ".") || source.Is(member, "?.")) && source.IsName(member + 1))
        {
            return new JsEnvAccess(source[member + 1].Text, member + 2);
        }

        if (source.Is(member, "?.") && source.Is(member + 1, "["))
        {
            member++;
        }

        if (source.Is(member, "[") && source.Match(member) == member + 2 && source[member + 1].IsStringLiteral)
        {
            return new JsEnvAccess(source[member + 1].Value ?? string.Empty, member + 3);
        }

        return null;
    }

    public FactValue Make(ValueKind kind, int first, int end, string? text = null) => new()
    {
        Kind = kind,
        Raw = source.Raw(first, end, MaxRaw),
        Span = source.Span(first, end),
        Text = text,
    };

    private int WithoutTypeSuffix(int first, int end)
    {
        if (end <= first)
        {
            return end;
        }

        var depth = source[first].Depth;
        for (var i = source.Next(first, end); i < end; i = source.Next(i, end))
        {
            if (source[i].Depth == depth && (source.Is(i, "as") || source.Is(i, "satisfies")))
            {
                return i;
            }
        }

        return end - 1 > first && source.Is(end - 1, "!") ? end - 1 : end;
    }

    private FactValue? ReadLiteral(int first, int end)
    {
        var token = source[first];
        if (end - first == 2 && token.Kind == JsTokenKind.Punct && token.Text is "-" or "+" && source[first + 1].Kind == JsTokenKind.Number)
        {
            return Make(ValueKind.Number, first, end, source.Raw(first, end));
        }

        if (end - first != 1)
        {
            return null;
        }

        return token.Kind switch
        {
            JsTokenKind.String or JsTokenKind.Template => Make(ValueKind.String, first, end, token.Value),
            JsTokenKind.Number => Make(ValueKind.Number, first, end, token.Text),
            JsTokenKind.Name when token.Text is "true" or "false" => Make(ValueKind.Bool, first, end, token.Text),
            JsTokenKind.Name when token.Text is "null" or "undefined" => Make(ValueKind.Null, first, end, token.Text),
            _ => null,
        };
    }

    private FactValue? ReadGroup(int first, int end)
    {
        var open = source[first];
        if (open.Kind != JsTokenKind.Open || source.Match(first) != end - 1)
        {
            return null;
        }

        var items = source.Split(first + 1, end - 1, open.Depth + 1);
        return open.Text switch
        {
            "[" => Make(ValueKind.List, first, end) with { Items = [.. items.Select(Item)] },
            "{" => Make(ValueKind.Dict, first, end) with { Entries = [.. items.Select(Entry).OfType<FactEntry>()] },
            "(" when items.Count == 1 => Read(items[0].First, items[0].End),
            _ => null,
        };
    }

    private FactValue Item((int First, int End) item) =>
        source.Is(item.First, "...") ? Make(ValueKind.Expression, item.First, item.End) : Read(item.First, item.End);

    private FactEntry? Entry((int First, int End) item)
    {
        var (first, end) = item;
        var key = first;
        while (key + 1 < end && IsModifier(key))
        {
            key++;
        }

        var token = source[key];
        var name = token.Kind switch
        {
            JsTokenKind.Name or JsTokenKind.Number => token.Text,
            JsTokenKind.String or JsTokenKind.Template => token.Value,
            _ => null,
        };
        if (name is null)
        {
            return null;
        }

        var keySpan = source.Span(key, key + 1);
        if (source.Is(key + 1, ":") && key + 2 < end)
        {
            return new FactEntry(name, Read(key + 2, end), keySpan);
        }

        var shorthand = key + 1 == end && token.IsName;
        var method = source.Is(key + 1, "(") || source.Is(key + 1, "<");
        return shorthand || method ? new FactEntry(name, Make(ValueKind.Expression, first, end), keySpan) : null;
    }

    private bool IsModifier(int index)
    {
        var next = source[index + 1];
        var beforeKey = next.Kind is JsTokenKind.Name or JsTokenKind.String or JsTokenKind.Number || next.Is("*") || next.Is("[");
        return source.Is(index, "*") || (beforeKey && source[index].IsName && source[index].Text is "async" or "get" or "set" or "static");
    }

    private FactValue? ReadEnv(int first, int end)
    {
        if (EnvAccess(first) is not { } access || access.End > end)
        {
            return null;
        }

        if (access.End == end)
        {
            return Make(ValueKind.EnvLookup, first, end) with { EnvName = access.Name };
        }

        if ((source.Is(access.End, "||") || source.Is(access.End, "??")) && access.End + 1 < end)
        {
            return Make(ValueKind.EnvLookup, first, end) with { EnvName = access.Name, EnvDefault = Read(access.End + 1, end) };
        }

        return null;
    }
}
