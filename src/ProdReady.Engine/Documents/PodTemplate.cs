using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A pod spec (a Pod's own, or a workload's template). <see cref="Incomplete"/> says template actions
/// were masked inside it, so what it lacks cannot be judged.</summary>
public sealed record PodTemplate
{
    public required SourceSpan Span { get; init; }

    public ImmutableDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ImmutableArray<KubernetesContainer> Containers { get; init; } = [];

    public ImmutableArray<KubernetesContainer> InitContainers { get; init; } = [];

    public DocumentValue? HostNetwork { get; init; }

    public DocumentValue? HostPid { get; init; }

    public DocumentValue? HostIpc { get; init; }

    /// <summary>Volumes of type hostPath, by the span of their <c>hostPath</c> key, with the host path.</summary>
    public ImmutableArray<DocumentValue> HostPathVolumes { get; init; } = [];

    public KubernetesSecurityContext? SecurityContext { get; init; }

    public bool Incomplete { get; init; }
}
