using System.Collections.Immutable;

namespace ProdReady.Engine.Facts;

public sealed record ClassFact
{
    public required string Name { get; init; }

    public required ImmutableArray<string> Bases { get; init; }

    public required ImmutableArray<FieldFact> Fields { get; init; }

    public required SourceSpan Span { get; init; }

    public required int EndLine { get; init; }

    public required SourceLanguage Language { get; init; }

    /// <summary>The class's decorators (Python), as calls: <c>@method_decorator(login_required, name="dispatch")</c>.</summary>
    public ImmutableArray<CallFact> Decorators { get; init; } = [];

    public bool Inherits(string name) => Bases.Any(b => b == name || b.EndsWith("." + name, StringComparison.Ordinal));
}
