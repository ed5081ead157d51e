using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A container of a pod spec. <see cref="Span"/> is the start of its list item.</summary>
public sealed record KubernetesContainer
{
    public required string Name { get; init; }

    public required SourceSpan Span { get; init; }

    public DocumentValue? Image { get; init; }

    public ImmutableArray<KubernetesContainerPort> Ports { get; init; } = [];

    public ImmutableArray<KubernetesEnvVar> Env { get; init; } = [];

    public DocumentValue? CpuRequest { get; init; }

    public DocumentValue? MemoryRequest { get; init; }

    public DocumentValue? CpuLimit { get; init; }

    public DocumentValue? MemoryLimit { get; init; }

    public KubernetesProbe? Liveness { get; init; }

    public KubernetesProbe? Readiness { get; init; }

    public KubernetesProbe? Startup { get; init; }

    public KubernetesSecurityContext? SecurityContext { get; init; }

    public ImmutableArray<string> Command { get; init; } = [];

    public ImmutableArray<string> Args { get; init; } = [];

    /// <summary>Template actions were masked inside this container: absent fields may be templated in.</summary>
    public bool Incomplete { get; init; }

    public ImageReference? ImageReference => Image is { IsResolved: true } image ? ImageReference.Parse(image.Text) : null;
}
