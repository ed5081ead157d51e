using System.Collections.Immutable;
using System.Text;
using YamlDotNet.RepresentationModel;
using static ProdReady.Engine.Documents.YamlNodes;

namespace ProdReady.Engine.Documents;

/// <summary>Reads the objects of a Kubernetes manifest (every document that has <c>apiVersion</c> and <c>kind</c>).
/// Helm templates are masked first (<see cref="HelmMask"/>).</summary>
internal static class KubernetesParser
{
    public static ImmutableArray<KubernetesObject> Parse(string file, string text, bool helmTemplate, HelmValues? values = null)
    {
        var masked = ImmutableDictionary<int, int>.Empty;
        if (helmTemplate)
        {
            (text, masked) = HelmMask.Mask(text, values);
        }

        var objects = ImmutableArray.CreateBuilder<KubernetesObject>();
        foreach (var root in YamlDocuments.Load(text))
        {
            var kind = Get(root, "kind");
            var apiVersion = Text(Get(root, "apiVersion"));
            if (Text(kind) is not { Length: > 0 } kindText || apiVersion is null || kindText.Contains(HelmMask.Token, StringComparison.Ordinal))
            {
                continue;
            }

            objects.Add(Read(new Context(file, masked, text.Split('\n')), root, kindText, apiVersion, KeyOf(root, "kind")!, helmTemplate));
        }

        return objects.ToImmutable();
    }

    private static KubernetesObject Read(Context context, YamlNode root, string kind, string apiVersion, YamlNode kindNode, bool templated)
    {
        var spec = Get(root, "spec");
        var podSpecNode = kind switch
        {
            "Pod" => spec,
            "CronJob" => Path(spec, "jobTemplate", "spec", "template", "spec"),
            "Deployment" or "StatefulSet" or "DaemonSet" or "Job" or "ReplicaSet" or "ReplicationController" => Path(spec, "template", "spec"),
            _ => null,
        };
        var labelsNode = kind == "Pod" ? Path(root, "metadata", "labels") : kind == "CronJob"
            ? Path(spec, "jobTemplate", "spec", "template", "metadata", "labels")
            : Path(spec, "template", "metadata", "labels");
        var selectorNode = kind switch
        {
            "Service" => Get(spec, "selector"),
            "NetworkPolicy" => Path(spec, "podSelector", "matchLabels"),
            "ReplicationController" => Get(spec, "selector"),
            _ => Path(spec, "selector", "matchLabels"),
        };
        var (selector, selectorTemplated) = Labels(selectorNode);
        var hasSelector = selectorNode is not null || (kind == "NetworkPolicy" && Get(spec, "podSelector") is not null);
        return new KubernetesObject
        {
            File = context.File,
            Kind = kind,
            ApiVersion = apiVersion,
            Span = Span(context.File, kindNode),
            Name = Value(context.File, Path(root, "metadata", "name"), Interpolation.None),
            Namespace = Value(context.File, Path(root, "metadata", "namespace"), Interpolation.None),
            Labels = Labels(Path(root, "metadata", "labels")).Labels,
            Selector = hasSelector ? selector : null,
            SelectorTemplated = selectorTemplated || (selectorNode is not null && context.MaskedWithin(selectorNode)),
            Replicas = Value(context.File, Get(spec, "replicas"), Interpolation.None),
            Pod = podSpecNode is null ? null : KubernetesPods.Read(context, podSpecNode, Labels(labelsNode).Labels),
            Data = kind is "ConfigMap" or "Secret" ? Data(context.File, root, kind == "Secret") : [],
            ServicePorts = kind == "Service"
                ? [.. Items(Get(spec, "ports")).Select(p => new KubernetesServicePort(
                    Value(context.File, Get(p, "port"), Interpolation.None), Value(context.File, Get(p, "targetPort"), Interpolation.None), Span(context.File, p)))]
                : [],
            Templated = templated,
            Root = root,
        };
    }

    internal static (ImmutableDictionary<string, string> Labels, bool Templated) Labels(YamlNode? node)
    {
        var labels = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var templated = false;
        foreach (var (key, _, value) in Entries(node))
        {
            var text = Text(value) ?? "";
            if (key.Contains(HelmMask.Token, StringComparison.Ordinal) || text.Contains(HelmMask.Token, StringComparison.Ordinal))
            {
                templated = true;
                continue;
            }

            labels[key] = text;
        }

        return (labels.ToImmutable(), templated);
    }

    private static ImmutableArray<KubernetesDataEntry> Data(string file, YamlNode root, bool secret)
    {
        var entries = ImmutableArray.CreateBuilder<KubernetesDataEntry>();
        foreach (var (key, keyNode, value) in Entries(Get(root, "data")))
        {
            if (Value(file, value, Interpolation.None) is not { } text)
            {
                continue;
            }

            var decoded = secret && text.IsResolved ? Decode(text.Text) : null;
            entries.Add(new KubernetesDataEntry(key, decoded is null ? text : text with { Text = decoded }, secret && decoded is not null, Span(file, keyNode)));
        }

        foreach (var (key, keyNode, value) in Entries(Get(root, "stringData")))
        {
            if (Value(file, value, Interpolation.None) is { } text)
            {
                entries.Add(new KubernetesDataEntry(key, text, false, Span(file, keyNode)));
            }
        }

        return entries.ToImmutable();
    }

    private static string? Decode(string base64)
    {
        try
        {
            var bytes = Convert.FromBase64String(base64.Trim());
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ? null : text;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            return null;
        }
    }

    internal sealed record Context(string File, ImmutableDictionary<int, int> Masked, string[] Lines)
    {
        /// <summary>Whether a blanked template line sat inside the block <paramref name="node"/> starts: after its
        /// start, indented at least as deep, with no line in between that closes the block.</summary>
        public bool MaskedWithin(YamlNode node)
        {
            var start = (int)node.Start.Line;
            var indent = (int)node.Start.Column - 1;
            foreach (var (line, depth) in Masked)
            {
                if (line < start || (line > start && depth < indent))
                {
                    continue;
                }

                var closed = false;
                for (var between = start + 1; between < line && !closed; between++)
                {
                    var text = Lines[between - 1];
                    var trimmed = text.TrimStart();
                    closed = trimmed.Length > 0 && !trimmed.StartsWith('#') && text.Length - trimmed.Length < indent;
                }

                if (!closed)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
