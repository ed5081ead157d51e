namespace ProdReady.Engine.Facts.Python;

/// <summary>Finds every call in a token range: a dotted name followed by an opening parenthesis. A call on the
/// result of another call (<c>FastAPI().include_router</c>) carries the inner callee with "()" as its receiver.</summary>
internal sealed class PythonCallScanner(PythonSource source, PythonValueReader values)
{
    private readonly Dictionary<int, CallFact> _byOpen = [];

    /// <summary>Every call found so far, by the index of its opening parenthesis.</summary>
    public IReadOnlyDictionary<int, CallFact> ByOpen => _byOpen;

    public void Scan(int first, int end, PythonContext context, List<CallFact> calls)
    {
        for (var i = first + 1; i < end; i++)
        {
            if (source[i].Kind == PythonTokenKind.Open && source[i].Text == "(" && PythonSyntax.IsIdentifier(source[i - 1]))
            {
                var call = ReadCall(first, i, end, context);
                if (call is not null)
                {
                    _byOpen[i] = call;
                    calls.Add(call);
                }
            }
        }
    }

    private CallFact? ReadCall(int first, int open, int end, PythonContext context)
    {
        var start = open - 1;
        while (start - 2 >= first && source.Is(start - 1, ".") && PythonSyntax.IsIdentifier(source[start - 2]))
        {
            start -= 2;
        }

        if (start - 1 >= first && (source.Is(start - 1, "def") || source.Is(start - 1, "class")))
        {
            return null;
        }

        var receiver = string.Empty;
        if (start - 2 >= first && source.Is(start - 1, ".") && source[start - 2].Kind == PythonTokenKind.Close
            && source.Tokens.Match[start - 2] >= 0 && _byOpen.TryGetValue(source.Tokens.Match[start - 2], out var inner))
        {
            receiver = inner.Callee + "().";
        }

        var close = source.Tokens.Match[open];
        var closed = close >= 0 && close < end;
        return new CallFact
        {
            Callee = receiver.Length == 0 ? source.Dotted(start, open) : FactText.Of(receiver + source.Dotted(start, open)),
            Arguments = closed ? values.Arguments(open, close) : [],
            Span = source.Span(start, closed ? close + 1 : open + 1),
            Language = SourceLanguage.Python,
            EnclosingFunction = context.Function,
            InAsyncFunction = context.IsAsync,
        };
    }
}
