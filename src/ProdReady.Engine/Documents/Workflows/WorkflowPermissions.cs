using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Workflows;

/// <summary>A <c>permissions:</c> key: either one level for every scope (<see cref="All"/>: <c>read-all</c>,
/// <c>write-all</c>) or a level per scope (<c>contents: read</c>); <c>{}</c> grants nothing.</summary>
public sealed record WorkflowPermissions(SourceSpan Span)
{
    public DocumentValue? All { get; init; }

    public ImmutableDictionary<string, DocumentValue> Scopes { get; init; } = ImmutableDictionary<string, DocumentValue>.Empty;

    public bool IsWriteAll => All is { } all && all.Is("write-all");
}
