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
            HostPathVolumes = [.. Items(Get(spec, "volumes")).Where(v => Get(v, "hostPath") is not null)
                .Select(v => new DocumentValue(Text(Path(v, "hostPath", "path")) ?? "", Span(file, KeyOf(v, "hostPath")!)))],
            SecurityContext = SecurityContext(file, spec),
            Incomplete = context.MaskedWithin(spec),
        };
    }

    private static KubernetesContainer Container(KubernetesParser.Context context, YamlNode node)
    {
        var file = context.File;
        var resources = Get(node, "resources");
        return new KubernetesContainer
        {
            Name = HelmMask.Readable(Text(Get(node, "name"))) ?? "",
            Span = Span(file, node),
            Image = Scalar(file, Get(node, "image")),
            Ports = [.. Items(Get(node, "ports")).Select(p => new KubernetesContainerPort(Text(Get(p, "name")), Scalar(file, Get(p, "containerPort")), Span(file, p)))],
            Env = [.. Items(Get(node, "env")).Select(e => Env(file, e))],
            CpuRequest = Scalar(file, Path(resources, "requests", "cpu")) ?? Unresolved(file, resources),
            MemoryRequest = Scalar(file, Path(resources, "requests", "memory")) ?? Unresolved(file, resources),
            CpuLimit = Scalar(file, Path(resources, "limits", "cpu")) ?? Unresolved(file, resources),
            MemoryLimit = Scalar(file, Path(resources, "limits", "memory")) ?? Unresolved(file, resources),
            Liveness = Probe(file, node, "livenessProbe"),
            Readiness = Probe(file, node, "readinessProbe"),
            Startup = Probe(file, node, "startupProbe"),
            SecurityContext = SecurityContext(file, node),
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

    private static KubernetesProbe? Probe(string file, YamlNode container, string key)
    {
        var node = Get(container, key);
        if (node is null)
        {
            return null;
        }

        var span = Span(file, KeyOf(container, key)!);
        if (Get(node, "httpGet") is { } http)
        {
            return new KubernetesProbe("httpGet", Scalar(file, Get(http, "path")), Scalar(file, Get(http, "port")), null, span);
        }

        if (Get(node, "tcpSocket") is { } tcp)
        {
            return new KubernetesProbe("tcpSocket", null, Scalar(file, Get(tcp, "port")), null, span);
        }

        if (Get(node, "grpc") is { } grpc)
        {
            return new KubernetesProbe("grpc", null, Scalar(file, Get(grpc, "port")), null, span);
        }

        var command = Items(Path(node, "exec", "command")).Select(Text).OfType<string>();
        return new KubernetesProbe("exec", null, null, string.Join(' ', command), span);
    }

    private static KubernetesSecurityContext? SecurityContext(string file, YamlNode owner) =>
        Get(owner, "securityContext") is not { } node ? null : new KubernetesSecurityContext
        {
            Span = Span(file, KeyOf(owner, "securityContext")!),
            Privileged = Scalar(file, Get(node, "privileged")),
            AllowPrivilegeEscalation = Scalar(file, Get(node, "allowPrivilegeEscalation")),
            RunAsNonRoot = Scalar(file, Get(node, "runAsNonRoot")),
            RunAsUser = Scalar(file, Get(node, "runAsUser")),
            ReadOnlyRootFilesystem = Scalar(file, Get(node, "readOnlyRootFilesystem")),
        };
}
