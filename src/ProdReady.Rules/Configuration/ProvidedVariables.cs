using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Rules.Containers;
using ProdReady.Rules.Kubernetes;
using ProdReady.Rules.Observability;
using YamlDotNet.RepresentationModel;

namespace ProdReady.Rules.Configuration;

/// <summary>The environment variables the repository's deployment files provide: example and committed env files,
/// compose <c>environment</c> and <c>env_file</c>, Kubernetes <c>env</c> and <c>envFrom</c> (ConfigMaps and Secrets in
/// the repository), Dockerfile <c>ENV</c>, and variables the code sets itself. <see cref="Unjudgeable"/> says why the
/// full set cannot be known (an env file or object that is not in the repository, a templated container, a platform
/// that injects its own configuration).</summary>
internal sealed partial class ProvidedVariables
{
    public const string Searched = ".env.example and other env files, compose environment and env_file, Kubernetes env and envFrom, Dockerfile ENV, and variables the code sets";

    public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Unjudgeable { get; private set; }

    public static ProvidedVariables Read(RepositoryFacts facts)
    {
        var provided = new ProvidedVariables();
        var paths = facts.Repository.AllPaths;
        var platform = paths.FirstOrDefault(p => DeploymentFiles.IsPlatformConfig(p) && !p.EndsWith("Procfile", StringComparison.Ordinal))
            ?? paths.FirstOrDefault(p => p.EndsWith(".tf", StringComparison.Ordinal) && !CodePaths.IsTest(p));
        if (platform is not null)
        {
            provided.Unjudgeable = $"{platform} may set variables this rule does not read";
        }
        else if (facts.HelmCharts.FirstOrDefault() is { } chart)
        {
            provided.Unjudgeable = $"the Helm chart in {chart} renders env from values, which is not read without rendering";
        }

        foreach (var path in paths.Where(p => FileRoles.IsEnvFile(p) || FileRoles.IsEnvExample(p)))
        {
            provided.AddSettings(facts, path);
        }

        foreach (var service in ContainerFiles.Services(facts, withDevelopment: true))
        {
            provided.Names.UnionWith(service.Environment.Select(v => v.Name));
            foreach (var envFile in service.EnvFiles)
            {
                var path = envFile.Known is { } known ? ContainerFiles.Join(ContainerFiles.Directory(service.File), known) : null;
                if (path is null || !paths.Contains(path))
                {
                    provided.Unjudgeable ??= $"compose service {service.Name} reads env_file {envFile.Text} ({envFile.Span}), which is not in the repository";
                    continue;
                }

                provided.AddSettings(facts, path);
            }
        }

        provided.AddKubernetes(facts);
        foreach (var stage in ContainerFiles.Dockerfiles(facts, withDevelopment: true).SelectMany(d => d.Stages))
        {
            provided.Names.UnionWith(stage.Env.Keys);
        }

        provided.AddSetInCode(facts);
        return provided;
    }

    private void AddSettings(RepositoryFacts facts, string path) => Names.UnionWith(facts.SettingsIn(path).Select(s => s.Name));

    private void AddKubernetes(RepositoryFacts facts)
    {
        var objects = Workloads.Objects(facts).ToList();
        foreach (var (workload, pod, container) in Workloads.Containers(facts, withInit: true))
        {
            if (container.Incomplete || pod.Incomplete)
            {
                Unjudgeable ??= $"{Workloads.Describe(workload, container)} ({workload.File}) is templated";
            }

            Names.UnionWith(container.Env.Select(e => e.Name));
        }

        foreach (var workload in objects.Where(o => o.Pod is not null))
        {
            foreach (var (kind, name, prefix) in EnvFrom(workload.Root))
            {
                var source = objects.FirstOrDefault(o => o.Kind == kind && o.Name?.Text == name);
                if (source is null)
                {
                    Unjudgeable ??= $"{workload.DisplayName} ({workload.File}) takes env from {kind} {name}, which is not in the repository";
                    continue;
                }

                Names.UnionWith(source.Data.Select(d => prefix + d.Key));
            }
        }
    }

    private static IEnumerable<(string Kind, string Name, string Prefix)> EnvFrom(YamlNode node)
    {
        if (node is YamlSequenceNode sequence)
        {
            foreach (var found in sequence.Children.SelectMany(EnvFrom))
            {
                yield return found;
            }

            yield break;
        }

        if (node is not YamlMappingNode mapping)
        {
            yield break;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if ((key as YamlScalarNode)?.Value != "envFrom")
            {
                foreach (var found in EnvFrom(value))
                {
                    yield return found;
                }

                continue;
            }

            foreach (var item in (value as YamlSequenceNode)?.Children ?? [])
            {
                var prefix = Text(item, "prefix") ?? "";
                var (kind, reference) = Get(item, "configMapRef") is { } map ? ("ConfigMap", map) : ("Secret", Get(item, "secretRef"));
                yield return (kind, Text(reference, "name") ?? "", prefix);
            }
        }
    }

    private static YamlNode? Get(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Text(YamlNode? node, string key) => (Get(node, key) as YamlScalarNode)?.Value;

    /// <summary><c>os.environ["X"] = …</c> and <c>os.environ.setdefault("X", …)</c> in the code provide X to what runs after.</summary>
    private void AddSetInCode(RepositoryFacts facts)
    {
        foreach (var file in facts.Repository.Files.Where(f => f.Extension == ".py" && f.Text.Contains("environ", StringComparison.Ordinal)))
        {
            Names.UnionWith(SetInCode().Matches(file.Text).Select(m => m.Groups["name"].Value));
        }
    }

    [GeneratedRegex(@"environ(\[\s*[""'](?<name>\w+)[""']\s*\]\s*=(?!=)|\.setdefault\(\s*[""'](?<name>\w+)[""'])")]
    private static partial Regex SetInCode();
}
