using System.Collections.Immutable;

namespace ProdReady.Engine.Documents;

/// <summary>A docker-compose file (<c>compose.yaml</c>, <c>docker-compose*.yml</c>, override files) read into
/// services. Anchors and merge keys are resolved; <c>${VAR}</c> values are unresolved.</summary>
public sealed record ComposeDocument
{
    public required string Path { get; init; }

    public ImmutableArray<ComposeService> Services { get; init; } = [];

    /// <summary>An override file (<c>docker-compose.override.yml</c>, <c>compose.dev.yaml</c>…) layered on a base file.</summary>
    public bool IsOverride { get; init; }

    public ComposeService? Service(string name) => Services.FirstOrDefault(s => s.Name == name);
}
