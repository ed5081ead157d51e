using System.Collections.Immutable;

namespace ProdReady.Engine.Facts;

/// <summary>A function or method definition. <see cref="Decorators"/> are the calls or names applied to it
/// (<c>@app.get("/health")</c> appears as a <see cref="CallFact"/> with callee <c>app.get</c>).</summary>
public sealed record FunctionFact
{
    public required string Name { get; init; }

    public string? ClassName { get; init; }

    public bool IsAsync { get; init; }

    public required ImmutableArray<CallFact> Decorators { get; init; }

    public required SourceSpan Span { get; init; }

    /// <summary>The last line of the body, so a rule can ask what happens inside the function.</summary>
    public required int EndLine { get; init; }

    public required SourceLanguage Language { get; init; }

    public bool Contains(SourceSpan span) => span.File == Span.File && span.Line >= Span.Line && span.Line <= EndLine;
}
