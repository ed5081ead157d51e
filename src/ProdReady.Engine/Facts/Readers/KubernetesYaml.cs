using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Recognises Kubernetes manifests by their top-level <c>apiVersion</c> and <c>kind</c> keys. This scans
/// lines rather than parsing YAML because Helm templates (<c>{{ ... }}</c>) are not YAML until rendered, yet they
/// are still Kubernetes manifests.</summary>
internal static class KubernetesYaml
{
    private static readonly FrozenSet<string> Kinds = FrozenSet.ToFrozenSet(
    [
        "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job", "CronJob",
        "Service", "Ingress", "IngressClass", "NetworkPolicy", "Endpoints", "EndpointSlice",
        "ConfigMap", "Secret", "PersistentVolume", "PersistentVolumeClaim", "StorageClass",
        "Namespace", "ServiceAccount", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding",
        "HorizontalPodAutoscaler", "PodDisruptionBudget", "LimitRange", "ResourceQuota", "PriorityClass",
        "CustomResourceDefinition", "Kustomization", "Gateway", "HTTPRoute", "VerticalPodAutoscaler",
    ], StringComparer.Ordinal);

    /// <summary>The 1-based line of the first <c>kind:</c> in a document that also declares an <c>apiVersion</c>,
    /// where the kind is a built-in one or the API group is a domain (<c>networking.istio.io/v1</c>, a custom
    /// resource); null when the text holds no Kubernetes object.</summary>
    public static int? FirstObjectLine(string text)
    {
        string? apiVersion = null;
        string? kind = null;
        var kindLine = 0;
        var line = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            line++;
            if (raw.StartsWith("---"))
            {
                (apiVersion, kind) = (null, null);
                continue;
            }

            if (raw.StartsWith("apiVersion:"))
            {
                apiVersion ??= Unquote(raw["apiVersion:".Length..]);
            }
            else if (raw.StartsWith("kind:") && kind is null)
            {
                kind = Unquote(raw["kind:".Length..]);
                kindLine = line;
            }

            if (apiVersion is { Length: > 0 } && kind is { Length: > 0 } && (Kinds.Contains(kind) || IsCustomResourceGroup(apiVersion)))
            {
                return kindLine;
            }
        }

        return null;
    }

    private static bool IsCustomResourceGroup(string apiVersion)
    {
        var slash = apiVersion.IndexOf('/');
        return slash > 0 && apiVersion.AsSpan(0, slash).Contains('.');
    }

    private static string Unquote(ReadOnlySpan<char> value)
    {
        var comment = value.IndexOf(" #");
        var trimmed = (comment < 0 ? value : value[..comment]).Trim().Trim('"').Trim('\'');
        return trimmed.ToString();
    }
}
