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

    /// <summary>The 1-based line of the first <c>kind:</c> of a known kind in a document that also declares an
    /// <c>apiVersion</c>; null when the text holds no Kubernetes object.</summary>
    public static int? FirstObjectLine(string text)
    {
        var hasApiVersion = false;
        int? kindLine = null;
        var line = 0;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            line++;
            if (raw.StartsWith("---"))
            {
                hasApiVersion = false;
                kindLine = null;
                continue;
            }

            if (raw.StartsWith("apiVersion:") && raw["apiVersion:".Length..].Trim().Length > 0)
            {
                hasApiVersion = true;
            }
            else if (raw.StartsWith("kind:") && Kinds.Contains(Unquote(raw["kind:".Length..])))
            {
                kindLine ??= line;
            }

            if (hasApiVersion && kindLine is not null)
            {
                return kindLine;
            }
        }

        return null;
    }

    private static string Unquote(ReadOnlySpan<char> value)
    {
        var comment = value.IndexOf(" #");
        var trimmed = (comment < 0 ? value : value[..comment]).Trim().Trim('"').Trim('\'');
        return trimmed.ToString();
    }
}
