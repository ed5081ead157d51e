using System.Collections.Immutable;

namespace ProdReady.Engine.Documents.Workflows;

/// <summary>A GitHub Actions workflow (<c>.github/workflows/*.yml</c>). <see cref="Triggers"/> are the event names
/// under <c>on:</c>, each with its span.</summary>
public sealed record GitHubWorkflow
{
    public required string Path { get; init; }

    public DocumentValue? Name { get; init; }

    public ImmutableArray<DocumentValue> Triggers { get; init; } = [];

    public WorkflowPermissions? Permissions { get; init; }

    public ImmutableArray<WorkflowJob> Jobs { get; init; } = [];

    public DocumentValue? Trigger(string name) => Triggers.FirstOrDefault(t => t.Text == name);

    public IEnumerable<(WorkflowJob Job, WorkflowStep Step)> Steps => Jobs.SelectMany(j => j.Steps.Select(s => (j, s)));
}
