using System.Collections.Immutable;

namespace ProdReady.Engine.Documents.Workflows;

/// <summary>The repository's CI pipelines: GitHub Actions workflows and GitLab CI files.</summary>
public sealed record WorkflowDocuments
{
    public static WorkflowDocuments Empty { get; } = new();

    public ImmutableArray<GitHubWorkflow> GitHub { get; init; } = [];

    public ImmutableArray<GitLabPipeline> GitLab { get; init; } = [];

    /// <summary>Every shell command a pipeline runs (<c>run:</c> of a step, a GitLab script line), with the file it is in.</summary>
    public IEnumerable<(string File, DocumentValue Command)> Commands =>
        GitHub.SelectMany(w => w.Steps.Where(s => s.Step.Run is not null).Select(s => (w.Path, s.Step.Run!)))
            .Concat(GitLab.SelectMany(p => p.Jobs.SelectMany(j => j.Scripts.Select(s => (p.Path, s)))));
}
