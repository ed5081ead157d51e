using System.Collections.Immutable;

namespace ProdReady.Engine.Documents;

/// <summary>A Dockerfile read into stages. The final stage is the image that runs.</summary>
public sealed record DockerfileDocument
{
    public required string Path { get; init; }

    public ImmutableDictionary<string, string> Directives { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ImmutableArray<DockerInstruction> Instructions { get; init; } = [];

    public ImmutableArray<DockerStage> Stages { get; init; } = [];

    public DockerStage? FinalStage => Stages.IsEmpty ? null : Stages[^1];

    /// <summary>The directory the Dockerfile sits in, "" at the root.</summary>
    public string Directory => Path.Contains('/') ? Path[..Path.LastIndexOf('/')] : "";
}
