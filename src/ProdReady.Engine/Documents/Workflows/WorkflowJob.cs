using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Workflows;

/// <summary>A GitHub Actions job; <see cref="Span"/> is its id's key. A job that calls a reusable workflow has
/// <see cref="Uses"/> and no steps.</summary>
public sealed record WorkflowJob
{
    public required string Id { get; init; }

    public required SourceSpan Span { get; init; }

    public DocumentValue? Name { get; init; }

    public WorkflowPermissions? Permissions { get; init; }

    public DocumentValue? Uses { get; init; }

    public ImmutableArray<WorkflowStep> Steps { get; init; } = [];
}
