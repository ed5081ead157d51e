namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Every <c>process.env.X</c>, <c>process.env["X"]</c> and <c>import.meta.env.X</c>, with the operand of a
/// following <c>||</c> or <c>??</c> as its default (the next operand only, which keeps long chains linear), and the names destructured from <c>process.env</c> with their
/// default values.</summary>
internal sealed class JsEnvScanner(JsSource source, JsValueReader values)
{
    public List<EnvReadFact> Reads { get; } = [];

    public void Scan()
    {
        for (var i = 0; i < source.Count; i++)
        {
            if (!source.IsName(i) || source.Is(i - 1, ".") || source.Is(i - 1, "?.") || source[i].Text is not ("process" or "import"))
            {
                continue;
            }

            if (values.EnvAccess(i) is { } access)
            {
                Reads.Add(new EnvReadFact(access.Name, source.Span(i, access.End), Fallback(access.End)));
            }
            else if (source.Is(i + 1, ".") && source.Is(i + 2, "env") && source.Is(i - 1, "=") && source.Is(i - 2, "}"))
            {
                Destructured(source.Match(i - 2));
            }
        }
    }

    private FactValue? Fallback(int operatorIndex)
    {
        if (!source.Is(operatorIndex, "||") && !source.Is(operatorIndex, "??"))
        {
            return null;
        }

        var first = operatorIndex + 1;
        var limit = source.ExpressionEnd(first);
        var end = first;
        while (end < limit && !(source[end].Depth == source[first].Depth && (source.Is(end, "?") || source.Is(end, "||") || source.Is(end, "??"))))
        {
            end = source.Next(end, limit);
        }

        return end > first ? values.Read(first, end) : null;
    }

    private void Destructured(int open)
    {
        if (open < 0)
        {
            return;
        }

        foreach (var (first, end) in source.Split(open + 1, source.Match(open), source[open].Depth + 1))
        {
            if (!source.IsName(first))
            {
                continue;
            }

            var equals = source.Find(first, end, "=");
            var fallback = equals >= 0 && equals + 1 < end ? values.Read(equals + 1, end) : null;
            Reads.Add(new EnvReadFact(source[first].Value ?? source[first].Text, source.Span(first, first + 1), fallback));
        }
    }
}
