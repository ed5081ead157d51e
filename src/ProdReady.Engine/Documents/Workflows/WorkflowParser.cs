using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using YamlDotNet.RepresentationModel;

namespace ProdReady.Engine.Documents.Workflows;

/// <summary>Reads GitHub Actions workflows and GitLab CI pipelines with YamlDotNet's representation model. Values
/// holding a <c>${{ … }}</c> expression are unresolved (their text is kept).</summary>
internal static class WorkflowParser
{
    private static readonly HashSet<string> GitLabKeywords = new(StringComparer.Ordinal)
    {
        "image", "services", "stages", "types", "before_script", "after_script", "variables", "cache", "include", "default",
        "workflow", "spec",
    };

    /// <exception cref="FactReaderException">The file is not YAML or not a mapping.</exception>
    public static GitHubWorkflow GitHub(SourceFile file)
    {
        var root = Root(file);
        var path = file.Path;
        return new GitHubWorkflow
        {
            Path = path,
            Name = Value(path, YamlNodes.Get(root, "name")),
            Triggers = Triggers(path, YamlNodes.Get(root, "on") ?? YamlNodes.Get(root, "true")),
            Permissions = Permissions(path, YamlNodes.Get(root, "permissions")),
            Jobs = [.. YamlNodes.Entries(YamlNodes.Get(root, "jobs")).Select(e => Job(path, e.Key, e.KeyNode, e.Value))],
        };
    }

    /// <exception cref="FactReaderException">The file is not YAML or not a mapping.</exception>
    public static GitLabPipeline GitLab(SourceFile file)
    {
        var root = Root(file);
        var path = file.Path;
        var defaults = YamlNodes.Get(root, "default");
        var jobs = YamlNodes.Entries(root)
            .Where(e => !GitLabKeywords.Contains(e.Key) && e.Value is YamlMappingNode)
            .Select(e => GitLabJob(path, e.Key, e.KeyNode, e.Value))
            .ToList();
        var globalScripts = new[] { root, defaults }.SelectMany(n => Scripts(path, n)).ToImmutableArray();
        if (!globalScripts.IsEmpty)
        {
            jobs.Insert(0, new GitLabJob { Name = ".default", Span = globalScripts[0].Span, Scripts = globalScripts });
        }

        return new GitLabPipeline
        {
            Path = path,
            Stages = [.. YamlNodes.Items(YamlNodes.Get(root, "stages")).Select(n => Value(path, n)).OfType<DocumentValue>()],
            Jobs = [.. jobs],
            Includes = Includes(path, YamlNodes.Get(root, "include")),
        };
    }

    private static YamlNode? Root(SourceFile file)
    {
        var documents = YamlDocuments.Load(file.Text);
        var root = documents.FirstOrDefault(d => d is YamlMappingNode);
        if (root is null && documents.Any(d => d is not YamlScalarNode { Value: null or "" }))
        {
            throw new FactReaderException("the pipeline is not a YAML mapping");
        }

        return root;
    }

    private static ImmutableArray<DocumentValue> Triggers(string path, YamlNode? node) => node switch
    {
        YamlScalarNode => [.. new[] { Value(path, node) }.OfType<DocumentValue>()],
        YamlSequenceNode list => [.. list.Children.Select(n => Value(path, n)).OfType<DocumentValue>()],
        YamlMappingNode => [.. YamlNodes.Entries(node).Select(e => new DocumentValue(e.Key, YamlNodes.Span(path, e.KeyNode)))],
        _ => [],
    };

    private static WorkflowPermissions? Permissions(string path, YamlNode? node) => node switch
    {
        YamlScalarNode => new WorkflowPermissions(YamlNodes.Span(path, node)) { All = Value(path, node) },
        YamlMappingNode => new WorkflowPermissions(YamlNodes.Span(path, node)) { Scopes = Map(path, node) },
        _ => null,
    };

    private static WorkflowJob Job(string path, string id, YamlNode key, YamlNode node) => new()
    {
        Id = id,
        Span = YamlNodes.Span(path, key),
        Name = Value(path, YamlNodes.Get(node, "name")),
        Permissions = Permissions(path, YamlNodes.Get(node, "permissions")),
        Uses = Value(path, YamlNodes.Get(node, "uses")),
        Steps = [.. YamlNodes.Items(YamlNodes.Get(node, "steps")).Where(s => s is YamlMappingNode).Select(s => Step(path, s))],
    };

    private static WorkflowStep Step(string path, YamlNode node) => new()
    {
        Span = YamlNodes.Span(path, node),
        Name = Value(path, YamlNodes.Get(node, "name")),
        Uses = Value(path, YamlNodes.Get(node, "uses")),
        Run = Value(path, YamlNodes.Get(node, "run")),
        With = Map(path, YamlNodes.Get(node, "with")),
        Env = Map(path, YamlNodes.Get(node, "env")),
    };

    private static GitLabJob GitLabJob(string path, string name, YamlNode key, YamlNode node) => new()
    {
        Name = name,
        Span = YamlNodes.Span(path, key),
        Stage = Value(path, YamlNodes.Get(node, "stage")),
        Image = Value(path, YamlNodes.Get(node, "image")) ?? Value(path, YamlNodes.Path(node, "image", "name")),
        Extends = Strings(path, YamlNodes.Get(node, "extends")),
        Scripts = Scripts(path, node),
    };

    private static ImmutableArray<DocumentValue> Scripts(string path, YamlNode? node) =>
    [
        .. new[] { "before_script", "script", "after_script" }.SelectMany(k => Lines(path, YamlNodes.Get(node, k))),
    ];

    /// <summary>Script lines, with nested lists (from anchors such as <c>- *setup</c>) flattened.</summary>
    private static IEnumerable<DocumentValue> Lines(string path, YamlNode? node) => node switch
    {
        YamlScalarNode => new[] { Value(path, node) }.OfType<DocumentValue>(),
        YamlSequenceNode list => list.Children.SelectMany(n => Lines(path, n)),
        _ => [],
    };

    private static ImmutableArray<DocumentValue> Includes(string path, YamlNode? node)
    {
        var items = node is YamlSequenceNode list ? list.Children.ToList() : node is null ? [] : [node];
        var includes = ImmutableArray.CreateBuilder<DocumentValue>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode)
            {
                includes.Add(Value(path, item)!);
                continue;
            }

            foreach (var key in new[] { "local", "template", "remote", "component", "file" })
            {
                includes.AddRange(Strings(path, YamlNodes.Get(item, key)));
            }
        }

        return includes.ToImmutable();
    }

    private static ImmutableArray<DocumentValue> Strings(string path, YamlNode? node) => node switch
    {
        YamlScalarNode => [.. new[] { Value(path, node) }.OfType<DocumentValue>()],
        YamlSequenceNode list => [.. list.Children.Select(n => Value(path, n)).OfType<DocumentValue>()],
        _ => [],
    };

    private static ImmutableDictionary<string, DocumentValue> Map(string path, YamlNode? node)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DocumentValue>(StringComparer.Ordinal);
        foreach (var (key, _, value) in YamlNodes.Entries(node))
        {
            if (Value(path, value) is { } text)
            {
                builder[key] = text;
            }
        }

        return builder.ToImmutable();
    }

    private static DocumentValue? Value(string path, YamlNode? node)
    {
        var value = YamlNodes.Value(path, node, Interpolation.None);
        return value is not null && value.Text.Contains("${{", StringComparison.Ordinal) ? value with { State = ValueState.Unresolved } : value;
    }
}
