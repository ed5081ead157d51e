using System.Collections.Immutable;
using ProdReady.Engine.Files;
using YamlDotNet.RepresentationModel;
using static ProdReady.Engine.Documents.YamlNodes;

namespace ProdReady.Engine.Documents;

/// <summary>Reads a compose file's <c>services</c> into <see cref="ComposeService"/> records.</summary>
internal static class ComposeParser
{
    public static ComposeDocument Parse(SourceFile file)
    {
        var roots = YamlDocuments.Load(file.Text);
        var services = ImmutableArray.CreateBuilder<ComposeService>();
        foreach (var root in roots)
        {
            foreach (var (name, key, node) in Entries(Get(root, "services")))
            {
                services.Add(Service(file.Path, name, key, node));
            }
        }

        var lower = file.Name.ToLowerInvariant();
        return new ComposeDocument
        {
            Path = file.Path,
            Services = services.ToImmutable(),
            IsOverride = lower.Count(c => c == '.') > 1 || lower.Contains("override", StringComparison.Ordinal),
        };
    }

    private static ComposeService Service(string file, string name, YamlNode key, YamlNode node)
    {
        var build = Get(node, "build");
        var limits = Path(node, "deploy", "resources", "limits");
        return new ComposeService
        {
            Name = name,
            File = file,
            Span = Span(file, key),
            Image = Scalar(file, Get(node, "image")),
            HasBuild = build is not null,
            BuildContext = build is YamlScalarNode ? Scalar(file, build) : Scalar(file, Get(build, "context")),
            Dockerfile = Scalar(file, Get(build, "dockerfile")),
            Environment = Environment(file, Get(node, "environment")),
            EnvFiles = [.. ListOrOne(Get(node, "env_file")).Select(n => Scalar(file, n is YamlMappingNode ? Get(n, "path") : n)).OfType<DocumentValue>()],
            Ports = [.. Items(Get(node, "ports")).Select(p => ComposePorts.Read(file, p)).OfType<ComposePort>()],
            Expose = [.. Items(Get(node, "expose")).Select(n => Scalar(file, n)).OfType<DocumentValue>()],
            Volumes = [.. Items(Get(node, "volumes")).Select(v => Volume(file, v)).OfType<ComposeVolume>()],
            Healthcheck = Healthcheck(file, Get(node, "healthcheck")),
            Restart = Scalar(file, Get(node, "restart")) ?? Scalar(file, Path(node, "deploy", "restart_policy", "condition")),
            DependsOn = DependsOn(file, Get(node, "depends_on")),
            Secrets = [.. Items(Get(node, "secrets")).Select(s => Scalar(file, s is YamlMappingNode ? Get(s, "source") : s)).OfType<DocumentValue>()],
            Privileged = Scalar(file, Get(node, "privileged")),
            Command = Command(file, Get(node, "command")),
            Entrypoint = Command(file, Get(node, "entrypoint")),
            CpuLimit = Scalar(file, Get(limits, "cpus")) ?? Scalar(file, Get(node, "cpus")),
            MemoryLimit = Scalar(file, Get(limits, "memory")) ?? Scalar(file, Get(node, "mem_limit")),
            Profiles = [.. Items(Get(node, "profiles")).Select(Text).OfType<string>()],
        };
    }

    internal static DocumentValue? Scalar(string file, YamlNode? node) => Value(file, node, Interpolation.Compose);

    private static IEnumerable<YamlNode> ListOrOne(YamlNode? node) =>
        node switch
        {
            YamlSequenceNode sequence => sequence.Children,
            null => [],
            _ => [node],
        };

    private static ImmutableArray<ComposeVariable> Environment(string file, YamlNode? node)
    {
        if (node is YamlMappingNode)
        {
            return [.. Entries(node).Select(e => new ComposeVariable(e.Key, Scalar(file, e.Value), Span(file, e.KeyNode)))];
        }

        var variables = ImmutableArray.CreateBuilder<ComposeVariable>();
        foreach (var item in Items(node).OfType<YamlScalarNode>())
        {
            var text = item.Value ?? "";
            var equals = text.IndexOf('=');
            var span = Span(file, item);
            if (equals < 0)
            {
                variables.Add(new ComposeVariable(text, null, span));
                continue;
            }

            // The value starts after NAME= on the item's line; a quoted item starts one character later.
            var offset = equals + 1 + (item.Style is YamlDotNet.Core.ScalarStyle.DoubleQuoted or YamlDotNet.Core.ScalarStyle.SingleQuoted ? 1 : 0);
            var valueSpan = span with { Column = span.Column + offset, Length = text.Length - equals - 1 };
            variables.Add(new ComposeVariable(text[..equals], ComposeInterpolation.Value(text[(equals + 1)..], valueSpan), span));
        }

        return variables.ToImmutable();
    }

    private static ComposeVolume? Volume(string file, YamlNode node)
    {
        if (node is YamlMappingNode)
        {
            var target = Text(Get(node, "target"));
            return target is null ? null : new ComposeVolume(Text(Get(node, "source")), target, Span(file, node));
        }

        var text = Text(node);
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(':');
        return parts.Length == 1 ? new ComposeVolume(null, parts[0], Span(file, node)) : new ComposeVolume(parts[0], parts[1], Span(file, node));
    }

    private static ComposeHealthcheck? Healthcheck(string file, YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        var test = Command(file, Get(node, "test"));
        var disabled = Value(file, Get(node, "disable"), Interpolation.None)?.IsTrue == true
            || test?.Text.Equals("NONE", StringComparison.OrdinalIgnoreCase) == true;
        return new ComposeHealthcheck(test, disabled, Span(file, node));
    }

    private static ImmutableArray<ComposeDependency> DependsOn(string file, YamlNode? node)
    {
        if (node is YamlSequenceNode)
        {
            return [.. Items(node).OfType<YamlScalarNode>().Select(n => new ComposeDependency(n.Value ?? "", null, Span(file, n)))];
        }

        return [.. Entries(node).Select(e => new ComposeDependency(e.Key, Text(Get(e.Value, "condition")), Span(file, e.KeyNode)))];
    }

    /// <summary>A command as one line: a string as written, a list joined with spaces (healthcheck lists lose their
    /// leading CMD or CMD-SHELL).</summary>
    private static DocumentValue? Command(string file, YamlNode? node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            return Scalar(file, node);
        }

        var words = sequence.Children.Select(Text).OfType<string>().ToList();
        if (words.Count > 1 && words[0] is "CMD" or "CMD-SHELL")
        {
            words.RemoveAt(0);
        }

        var joined = string.Join(' ', words);
        var value = ComposeInterpolation.Value(joined, Span(file, sequence));
        return value;
    }
}
