using System.Collections.Immutable;

namespace ProdReady.Engine.Facts;

/// <summary>A call in source code: <c>app.add_middleware(CORSMiddleware, allow_origins=["*"])</c>,
/// <c>cors({ origin: "*" })</c>, <c>options.UseSqlite(...)</c>. <see cref="Callee"/> is the dotted name as written.</summary>
public sealed record CallFact
{
    public required string Callee { get; init; }

    public required ImmutableArray<FactArgument> Arguments { get; init; }

    public required SourceSpan Span { get; init; }

    public required SourceLanguage Language { get; init; }

    /// <summary>The innermost function or method the call is in; null at module level.</summary>
    public string? EnclosingFunction { get; init; }

    public bool InAsyncFunction { get; init; }

    /// <summary>The last segment of the callee: <c>run</c> for <c>uvicorn.run</c>.</summary>
    public string Name => Callee[(Callee.LastIndexOf('.') + 1)..];

    public FactValue? Keyword(string name) => Arguments.FirstOrDefault(a => a.Name == name)?.Value;

    public FactValue? Positional(int index) => Arguments.Where(a => a.Name is null).ElementAtOrDefault(index)?.Value;

    /// <summary>True when the callee is <paramref name="name"/> or ends with <c>.name</c>.</summary>
    public bool Is(string name) => Callee == name || Callee.EndsWith("." + name, StringComparison.Ordinal);
}
