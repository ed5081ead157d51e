using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using YamlDotNet.RepresentationModel;

namespace ProdReady.Engine.Documents;

/// <summary>One object of a Kubernetes manifest. Every kind is kept (CRDs and unknown kinds as generic objects
/// with their <see cref="Root"/>); workloads carry their <see cref="Pod"/> template. <see cref="Span"/> is the
/// <c>kind:</c> key. <see cref="Templated"/> says it came from a Helm template read without rendering, where an
/// absent field may be one the template fills in.</summary>
public sealed record KubernetesObject
{
    private static readonly HashSet<string> WorkloadKinds = new(StringComparer.Ordinal)
    {
        "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicaSet", "ReplicationController",
    };

    public required string File { get; init; }

    public required string Kind { get; init; }

    public required string ApiVersion { get; init; }

    public required SourceSpan Span { get; init; }

    public DocumentValue? Name { get; init; }

    public DocumentValue? Namespace { get; init; }

    public ImmutableDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>A Service's <c>spec.selector</c>; a workload's, PodDisruptionBudget's or NetworkPolicy's
    /// <c>matchLabels</c>. Null when there is none; unresolved (templated) label values are left out and
    /// <see cref="SelectorTemplated"/> is set.</summary>
    public ImmutableDictionary<string, string>? Selector { get; init; }

    public bool SelectorTemplated { get; init; }

    public DocumentValue? Replicas { get; init; }

    public PodTemplate? Pod { get; init; }

    /// <summary>ConfigMap and Secret entries (<c>data</c> and <c>stringData</c>); a Secret's <c>data</c> values are
    /// base64-decoded where they decode.</summary>
    public ImmutableArray<KubernetesDataEntry> Data { get; init; } = [];

    /// <summary>Service ports: <c>port</c> and <c>targetPort</c>.</summary>
    public ImmutableArray<KubernetesServicePort> ServicePorts { get; init; } = [];

    public bool Templated { get; init; }

    public required YamlNode Root { get; init; }

    public bool IsWorkload => WorkloadKinds.Contains(Kind);

    /// <summary>The scalar text at a path of keys under the object's root (<c>"spec", "scaleTargetRef", "name"</c>).</summary>
    public string? TextAt(params string[] keys) => YamlNodes.Text(YamlNodes.Path(Root, keys));

    public string DisplayName => $"{Kind} {HelmMask.Readable(Name?.Text) ?? "(unnamed)"}";
}
