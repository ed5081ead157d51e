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
                        kubernetes.AddRange(KubernetesParser.Parse(file.Path, file.Text, helmTemplate: true));
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
