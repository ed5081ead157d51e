using System.Collections.Immutable;

namespace ProdReady.Engine.Documents.Workflows;

/// <summary>A <c>.gitlab-ci.yml</c>: stages, jobs and includes (<c>local</c>, <c>template</c>, <c>project</c>
/// file, <c>remote</c> or a bare string), each include with its span.</summary>
public sealed record GitLabPipeline
{
    public required string Path { get; init; }

    public ImmutableArray<DocumentValue> Stages { get; init; } = [];

    public ImmutableArray<GitLabJob> Jobs { get; init; } = [];

    public ImmutableArray<DocumentValue> Includes { get; init; } = [];
}
