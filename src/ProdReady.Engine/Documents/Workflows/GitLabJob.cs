using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Workflows;

/// <summary>A GitLab CI job; <see cref="Scripts"/> are the lines of <c>before_script</c>, <c>script</c> and
/// <c>after_script</c>, each with its span. Hidden jobs (<c>.template</c>) are templates other jobs extend.</summary>
public sealed record GitLabJob
{
    public required string Name { get; init; }

    public required SourceSpan Span { get; init; }

    public DocumentValue? Stage { get; init; }

    public DocumentValue? Image { get; init; }

    public ImmutableArray<DocumentValue> Extends { get; init; } = [];

    public ImmutableArray<DocumentValue> Scripts { get; init; } = [];

    public bool IsHidden => Name.StartsWith('.');
}
