using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;
using static ProdReady.Engine.Documents.YamlNodes;

namespace ProdReady.Engine.Documents;

/// <summary>Reads a pod spec and its containers.</summary>
internal static class KubernetesPods
{
    public static PodTemplate Read(KubernetesParser.Context context, YamlNode spec, ImmutableDictionary<string, string> labels)
    {
        var file = context.File;
        return new PodTemplate
        {
            Span = Span(file, spec),
            Labels = labels,
            Containers = [.. Items(Get(spec, "containers")).Select(c => Container(context, c))],
            InitContainers = [.. Items(Get(spec, "initContainers")).Select(c => Container(context, c))],
            HostNetwork = Scalar(file, Get(spec, "hostNetwork")),
            HostPid = Scalar(file, Get(spec, "hostPID")),
            HostIpc = Scalar(file, Get(spec, "hostIPC")),
            HostPathVolumes = [.. Items(Get(spec, "volumes")).Select(v => Get(v, "hostPath")).OfType<YamlNode>()
                .Select(h => new DocumentValue(Text(Get(h, "path")) ?? "", Span(file, h)))],
            SecurityContext = SecurityContext(file, Get(spec, "securityContext")),
            Incomplete = context.MaskedWithin(spec),
        };
    }

    private static KubernetesContainer Container(KubernetesParser.Context context, YamlNode node)
    {
        var file = context.File;
        var resources = Get(node, "resources");
        return new KubernetesContainer
        {
            Name = Text(Get(node, "name")) ?? "",
            Span = Span(file, node),
            Image = Scalar(file, Get(node, "image")),
            Ports = [.. Items(Get(node, "ports")).Select(p => new KubernetesContainerPort(Text(Get(p, "name")), Scalar(file, Get(p, "containerPort")), Span(file, p)))],
            Env = [.. Items(Get(node, "env")).Select(e => Env(file, e))],
            CpuRequest = Scalar(file, Path(resources, "requests", "cpu")) ?? Unresolved(file, resources),
            MemoryRequest = Scalar(file, Path(resources, "requests", "memory")) ?? Unresolved(file, resources),
            CpuLimit = Scalar(file, Path(resources, "limits", "cpu")) ?? Unresolved(file, resources),
            MemoryLimit = Scalar(file, Path(resources, "limits", "memory")) ?? Unresolved(file, resources),
            Liveness = Probe(file, Get(node, "livenessProbe")),
            Readiness = Probe(file, Get(node, "readinessProbe")),
            Startup = Probe(file, Get(node, "startupProbe")),
            SecurityContext = SecurityContext(file, Get(node, "securityContext")),
            Command = [.. Items(Get(node, "command")).Select(Text).OfType<string>()],
            Args = [.. Items(Get(node, "args")).Select(Text).OfType<string>()],
            Incomplete = context.MaskedWithin(node),
        };
    }

    private static DocumentValue? Scalar(string file, YamlNode? node) => Value(file, node, Interpolation.None);

    /// <summary>A resources block that is itself a template action (<c>resources: {{ toYaml … }}</c>) sets every
    /// field to something unknown.</summary>
    private static DocumentValue? Unresolved(string file, YamlNode? resources) =>
        resources is YamlScalarNode scalar && (scalar.Value ?? "").Contains(HelmMask.Token, StringComparison.Ordinal)
            ? new DocumentValue(scalar.Value!, Span(file, scalar), ValueState.Unresolved)
            : null;

    private static KubernetesEnvVar Env(string file, YamlNode node)
    {
        var from = Entries(Get(node, "valueFrom")).Select(e => e.Key).FirstOrDefault();
        return new KubernetesEnvVar(Text(Get(node, "name")) ?? "", Scalar(file, Get(node, "value")), from, Span(file, node));
    }

    private static KubernetesProbe? Probe(string file, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (Get(node, "httpGet") is { } http)
        {
            return new KubernetesProbe("httpGet", Scalar(file, Get(http, "path")), Scalar(file, Get(http, "port")), null, Span(file, node));
        }

        if (Get(node, "tcpSocket") is { } tcp)
        {
            return new KubernetesProbe("tcpSocket", null, Scalar(file, Get(tcp, "port")), null, Span(file, node));
        }

        if (Get(node, "grpc") is { } grpc)
        {
            return new KubernetesProbe("grpc", null, Scalar(file, Get(grpc, "port")), null, Span(file, node));
        }

        var command = Items(Path(node, "exec", "command")).Select(Text).OfType<string>();
        return new KubernetesProbe("exec", null, null, string.Join(' ', command), Span(file, node));
    }

    private static KubernetesSecurityContext? SecurityContext(string file, YamlNode? node) =>
        node is null ? null : new KubernetesSecurityContext
        {
            Span = Span(file, node),
            Privileged = Scalar(file, Get(node, "privileged")),
            AllowPrivilegeEscalation = Scalar(file, Get(node, "allowPrivilegeEscalation")),
            RunAsNonRoot = Scalar(file, Get(node, "runAsNonRoot")),
            RunAsUser = Scalar(file, Get(node, "runAsUser")),
            ReadOnlyRootFilesystem = Scalar(file, Get(node, "readOnlyRootFilesystem")),
        };
}
