using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using ProdReady.Engine.Files;
using ProdReady.Model;
using FileKinds = ProdReady.Engine.Facts.Readers.FileKinds;

namespace ProdReady.Engine.Documents;

/// <summary>The repository's deployment documents: Dockerfiles, compose files, Kubernetes objects and Helm charts.
/// A file that cannot be read is in <see cref="Skipped"/> with the reason, and the others are still read.</summary>
public sealed record DeploymentDocuments
{
    public ImmutableArray<DockerfileDocument> Dockerfiles { get; init; } = [];

    public ImmutableArray<ComposeDocument> Compose { get; init; } = [];

    public ImmutableArray<KubernetesObject> Kubernetes { get; init; } = [];

    public ImmutableArray<HelmChart> HelmCharts { get; init; } = [];

    public ImmutableArray<SkippedFile> Skipped { get; init; } = [];

    public static DeploymentDocuments Read(Repository repository)
    {
        var charts = repository.AllPaths.Where(p => FileKinds.IsHelmChart(p) && !FileKinds.IsVendored(p))
            .Select(p => p.Contains('/') ? p[..p.LastIndexOf('/')] : "").ToImmutableHashSet(StringComparer.Ordinal);
        var dockerfiles = ImmutableArray.CreateBuilder<DockerfileDocument>();
        var compose = ImmutableArray.CreateBuilder<ComposeDocument>();
        var kubernetes = ImmutableArray.CreateBuilder<KubernetesObject>();
        var helm = ImmutableArray.CreateBuilder<HelmChart>();
        var skipped = ImmutableArray.CreateBuilder<SkippedFile>();
        var values = new Dictionary<string, HelmValues?>(StringComparer.Ordinal);
        foreach (var file in repository.Files.Where(f => !FileKinds.IsVendored(f.Path)))
        {
            try
            {
                switch (KindOf(file, charts))
                {
                    case DocumentKind.Dockerfile:
                        dockerfiles.Add(DockerfileParser.Parse(file));
                        break;
                    case DocumentKind.Compose:
                        compose.Add(ComposeParser.Parse(file));
                        break;
                    case DocumentKind.Kubernetes:
                        kubernetes.AddRange(KubernetesParser.Parse(file.Path, file.Text, helmTemplate: false));
                        break;
                    case DocumentKind.HelmTemplate:
                        kubernetes.AddRange(KubernetesParser.Parse(file.Path, file.Text, helmTemplate: true, ValuesFor(file.Path, charts, repository, values)));
                        break;
                    case DocumentKind.HelmChart:
                        helm.Add(Documents.HelmCharts.Read(file, repository));
                        break;
                }
            }
            catch (FactReaderException exception)
            {
                skipped.Add(new SkippedFile(file.Path, "unparsed: " + exception.Message));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                skipped.Add(new SkippedFile(file.Path, $"unparsed: {exception.GetType().Name}: {exception.Message.ReplaceLineEndings(" ")}"));
            }
        }

        return new DeploymentDocuments
        {
            Dockerfiles = dockerfiles.ToImmutable(),
            Compose = compose.ToImmutable(),
            Kubernetes = kubernetes.ToImmutable(),
            HelmCharts = helm.ToImmutable(),
            Skipped = skipped.ToImmutable(),
        };
    }

    /// <summary>The default values of the chart a template belongs to (the nearest chart above its templates/).</summary>
    private static HelmValues? ValuesFor(string template, ImmutableHashSet<string> charts, Repository repository, Dictionary<string, HelmValues?> cache)
    {
        var chart = charts.Where(c => template.StartsWith(c.Length == 0 ? "templates/" : c + "/templates/", StringComparison.Ordinal))
            .MaxBy(c => c.Length);
        if (chart is null)
        {
            return null;
        }

        if (!cache.TryGetValue(chart, out var values))
        {
            values = HelmValues.For(chart, repository.AllPaths, p => repository.File(p)?.Text);
            cache[chart] = values;
        }

        return values;
    }

    /// <summary>Dockerfile, Containerfile, Dockerfile.*, Dockerfile-*, *.Dockerfile.</summary>
    public static bool IsDockerfile(string path)
    {
        var name = FileKinds.LowerNameOf(path);
        return !name.EndsWith(".dockerignore", StringComparison.Ordinal)
            && (name is "dockerfile" or "containerfile" || name.StartsWith("dockerfile.", StringComparison.Ordinal)
                || name.StartsWith("dockerfile-", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal));
    }

    private static DocumentKind KindOf(SourceFile file, ImmutableHashSet<string> charts)
    {
        var path = file.Path;
        if (IsDockerfile(path))
        {
            return DocumentKind.Dockerfile;
        }

        if (!FileKinds.IsYaml(path) || FileKinds.IsGitHubWorkflow(path) || FileKinds.IsGitLabCi(path))
        {
            return DocumentKind.None;
        }

        if (FileKinds.IsCompose(path))
        {
            return DocumentKind.Compose;
        }

        if (FileKinds.IsHelmChart(path))
        {
            return DocumentKind.HelmChart;
        }

        var templates = charts.Any(c => path.StartsWith(c.Length == 0 ? "templates/" : c + "/templates/", StringComparison.Ordinal));
        if (templates)
        {
            return DocumentKind.HelmTemplate;
        }

        return KubernetesYaml.FirstObjectLine(file.Text) is not null ? DocumentKind.Kubernetes : DocumentKind.None;
    }

    private enum DocumentKind
    {
        None,
        Dockerfile,
        Compose,
        Kubernetes,
        HelmTemplate,
        HelmChart,
    }
}
