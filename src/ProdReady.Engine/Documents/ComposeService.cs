using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>One compose service. <see cref="Span"/> is its name's key in the file.</summary>
public sealed record ComposeService
{
    public required string Name { get; init; }

    public required string File { get; init; }

    public required SourceSpan Span { get; init; }

    public DocumentValue? Image { get; init; }

    public DocumentValue? BuildContext { get; init; }

    public DocumentValue? Dockerfile { get; init; }

    public bool HasBuild { get; init; }

    public ImmutableArray<ComposeVariable> Environment { get; init; } = [];

    public ImmutableArray<DocumentValue> EnvFiles { get; init; } = [];

    public ImmutableArray<ComposePort> Ports { get; init; } = [];

    public ImmutableArray<DocumentValue> Expose { get; init; } = [];

    public ImmutableArray<ComposeVolume> Volumes { get; init; } = [];

    public ComposeHealthcheck? Healthcheck { get; init; }

    public DocumentValue? Restart { get; init; }

    public ImmutableArray<ComposeDependency> DependsOn { get; init; } = [];

    public ImmutableArray<DocumentValue> Secrets { get; init; } = [];

    public DocumentValue? Privileged { get; init; }

    public DocumentValue? Command { get; init; }

    public DocumentValue? Entrypoint { get; init; }

    public DocumentValue? CpuLimit { get; init; }

    public DocumentValue? MemoryLimit { get; init; }

    public ImmutableArray<string> Profiles { get; init; } = [];

    /// <summary>The image reference when the image is written out, else null.</summary>
    public ImageReference? ImageReference => Image is { IsResolved: true } image ? ImageReference.Parse(image.Text) : null;

    public ComposeVariable? Variable(string name) => Environment.FirstOrDefault(v => v.Name == name);
}
