namespace ProdReady.Engine.Facts.Python;

/// <summary>Collects what any stretch of code holds: calls, environment reads and string literals (not when the
/// statement is only strings, a docstring). The fields of f-strings are tokenized and scanned the same way, a few
/// levels deep, so <c>f"postgresql://{os.getenv('DB_USER')}@db"</c> still shows its environment read.</summary>
internal static class PythonExpressionScanner
{
    private const int MaxFieldDepth = 3;

    public static void Scan(PythonFragment fragment, int first, int end, PythonContext context, PythonFactSink sink, bool calls = true, int depth = 0)
    {
        var source = fragment.Source;
        if (calls)
        {
            fragment.Calls.Scan(first, end, context, sink.Calls);
        }

        var onlyStrings = true;
        for (var i = first; i < end; i++)
        {
            var token = source[i];
            onlyStrings &= token.Kind == PythonTokenKind.String;
            if (token.IsName && (i == first || !source.Is(i - 1, ".")) && fragment.Values.Env.TryRead(i, end) is { } access)
            {
                sink.EnvReads.Add(new EnvReadFact(access.Name, source.Span(i, access.AccessEnd), access.Default));
            }

            if (token.Fields is { } fields && depth < MaxFieldDepth)
            {
                ScanFields(source, fields, context, sink, depth);
            }
        }

        for (var i = first; i < end && !onlyStrings; i++)
        {
            if (source[i] is { Kind: PythonTokenKind.String, Value: { } value })
            {
                sink.Strings.Add(new StringLiteralFact(value, source.Span(i, i + 1), SourceLanguage.Python));
            }
        }
    }

    private static void ScanFields(PythonSource source, IReadOnlyList<(int Start, int End)> fields, PythonContext context, PythonFactSink sink, int depth)
    {
        foreach (var (start, end) in fields)
        {
            var tokens = PythonTokenizer.Tokenize(source.Tokens.Text, start, end);
            if (tokens.Count > 0)
            {
                Scan(PythonFragment.Of(new PythonSource(source.File, tokens)), 0, tokens.Count, context, sink, depth: depth + 1);
            }
        }
    }
}
