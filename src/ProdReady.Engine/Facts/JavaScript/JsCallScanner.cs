namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Finds every call: a dotted name (optionally with TypeScript type arguments) before an opening
/// parenthesis that is not a definition, a keyword or inside a type declaration. <c>new X(…)</c> counts as a call
/// of <c>X</c>. Each call knows the innermost named function around it and whether the innermost function is async.</summary>
internal sealed class JsCallScanner(JsSource source, JsStructure structure, JsValueReader values)
{
    private readonly Dictionary<int, CallFact> _byOpen = [];
    private readonly List<JsFunction> _active = [];
    private int _nextFunction;

    public IReadOnlyDictionary<int, CallFact> ByOpen => _byOpen;

    /// <summary>For a call on the result of another (<c>router.route("/x").get(h)</c>), that other call.</summary>
    public Dictionary<CallFact, CallFact> Receivers { get; } = new(ReferenceEqualityComparer.Instance);

    public List<CallFact> Calls { get; } = [];

    public List<ImportFact> Imports { get; } = [];

    public void Scan()
    {
        for (var i = 1; i < source.Count; i++)
        {
            Track(i);
            if (!source.Is(i, "(") || structure.InType[i])
            {
                continue;
            }

            var name = source[i - 1].Is(">") || source[i - 1].Is(">>") || source[i - 1].Is(">>>") ? TypeArgumentsStart(i - 1) - 1 : i - 1;
            if (name < 0 || !source.IsName(name) || structure.Definitions.Contains(name))
            {
                continue;
            }

            var text = source[name].Text;
            if (text == "import" && !source.Is(name - 1, "."))
            {
                DynamicImport(name, i);
            }
            else if (!JsSyntax.NotCallees.Contains(text) || source.Is(name - 1, ".") || source.Is(name - 1, "?."))
            {
                Call(name, i);
            }
        }
    }

    private void Track(int i)
    {
        while (_active.Count > 0 && i >= _active[^1].BodyEnd)
        {
            _active.RemoveAt(_active.Count - 1);
        }

        var functions = structure.Functions;
        while (_nextFunction < functions.Count && functions[_nextFunction].BodyStart <= i)
        {
            var function = functions[_nextFunction++];
            if (function.BodyEnd > i)
            {
                _active.Add(function);
            }
        }
    }

    private void Call(int name, int open)
    {
        var start = name;
        while (start >= 2 && (source.Is(start - 1, ".") || source.Is(start - 1, "?.")) && source[start - 2].Kind is JsTokenKind.Name or JsTokenKind.PrivateName)
        {
            start -= 2;
        }

        var inner = start >= 2 && source.Is(start - 1, ".") && source.Is(start - 2, ")") && source.Match(start - 2) >= 0
            ? _byOpen.GetValueOrDefault(source.Match(start - 2))
            : null;
        var receiver = inner is null ? string.Empty : inner.Callee + "().";

        var callee = receiver + string.Join('.', Enumerable.Range(0, ((name - start) / 2) + 1).Select(k => source[start + (2 * k)].Text));
        var close = source.Match(open);
        var function = _active.LastOrDefault(f => f.Name is not null);
        var call = new CallFact
        {
            Callee = FactText.Of(callee),
            Arguments = close < 0 ? [] : [.. source.Split(open + 1, close, source[open].Depth + 1).Select(p => new FactArgument(null, Argument(p)))],
            Span = source.Span(start, close < 0 ? open + 1 : close + 1),
            Language = source.Language,
            EnclosingFunction = function?.Name ?? (_active.Count > 0 ? "(anonymous)" : null),
            InAsyncFunction = _active.Count > 0 && _active[^1].IsAsync,
        };
        _byOpen[open] = call;
        Calls.Add(call);
        if (inner is not null)
        {
            Receivers[call] = inner;
        }

        if (callee == "require" && call.Positional(0) is { Kind: ValueKind.String, Text: { } module })
        {
            Imports.Add(new ImportFact(module, [], call.Span, source.Language));
        }
    }

    private FactValue Argument((int First, int End) piece) =>
        source.Is(piece.First, "...") ? values.Make(ValueKind.Expression, piece.First, piece.End) : values.Read(piece.First, piece.End);

    private void DynamicImport(int name, int open)
    {
        if (source.Match(open) == open + 2 && source[open + 1].IsStringLiteral)
        {
            Imports.Add(new ImportFact(source[open + 1].Value ?? string.Empty, [], source.Span(name, open + 3), source.Language));
        }
    }

    /// <summary>The index of the <c>&lt;</c> that opens the type arguments ending at <paramref name="close"/>, or -1
    /// when the tokens between cannot be a type (a comparison such as <c>a &lt; b &amp;&amp; c &gt; (d)</c>).</summary>
    private int TypeArgumentsStart(int close)
    {
        var balance = 0;
        for (var j = close; j >= 0 && close - j < 64; j--)
        {
            var token = source[j];
            balance += token.Text switch { ">" => 1, ">>" => 2, ">>>" => 3, "<" => -1, _ => 0 };
            if (balance == 0)
            {
                return j;
            }

            if (balance < 0 || (token.Kind == JsTokenKind.Punct && token.Text is "&&" or "||" or "==" or "===" or "!=" or "!==" or "=" or ";" or "+" or "-" or "*" or "/" or "<=" or ">="))
            {
                return -1;
            }
        }

        return -1;
    }
}
