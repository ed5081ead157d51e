using ProdReady.Engine.Documents;
using ProdReady.Engine.Facts;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Containers;

/// <summary>The repository's own Dockerfiles and compose services: not those kept under tests, vendored code or hidden
/// tool folders (<c>.devcontainer</c>), and, unless asked for, not development-only files (<c>Dockerfile.dev</c>,
/// <c>docker-compose.override.yml</c>, <c>Dockerfile.playwright</c>), which never run in production.</summary>
internal static class ContainerFiles
{
    /// <summary>Files in hidden tool folders and in project templates (<c>project_template/</c>, cookiecutter
    /// directories, whose names are placeholders) belong to no deployment of this repository.</summary>
    public static bool Counts(string path) =>
        !CodePaths.IsTest(path) && !CodePaths.IsVendored(path)
        && !path.Split('/').SkipLast(1).Any(d => (d.Length > 1 && d[0] == '.') || d.Contains("template", StringComparison.OrdinalIgnoreCase)
            || d.Contains("cookiecutter", StringComparison.OrdinalIgnoreCase) || d.Contains("{{", StringComparison.Ordinal));

    public static bool IsDevelopment(string path) =>
        CodePaths.IsDevelopmentOnly(path)
        || Path.GetFileName(path).ToLowerInvariant().Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w is "playwright" or "cypress" or "e2e" or "ci" or "devcontainer");

    public static IEnumerable<DockerfileDocument> Dockerfiles(RepositoryFacts facts, bool withDevelopment = false) =>
        facts.Dockerfiles.Where(d => Counts(d.Path) && (withDevelopment || !IsDevelopment(d.Path)));

    public static IEnumerable<ComposeDocument> ComposeFiles(RepositoryFacts facts, bool withDevelopment = false) =>
        facts.Compose.Where(c => Counts(c.Path) && (withDevelopment || !IsDevelopment(c.Path)));

    public static IEnumerable<ComposeService> Services(RepositoryFacts facts, bool withDevelopment = false) =>
        ComposeFiles(facts, withDevelopment).SelectMany(c => c.Services);

    /// <summary>Every definition of the same service in the compose files of its directory (a base file and its
    /// overrides), so that a setting made in any of them counts.</summary>
    public static IEnumerable<ComposeService> Definitions(RepositoryFacts facts, ComposeService service) =>
        Services(facts, withDevelopment: true).Where(s => s.Name == service.Name && Directory(s.File) == Directory(service.File));

    /// <summary>A service that runs once and exits (migrations, seeding, set-up), judged by its name.</summary>
    public static bool IsOneShot(ComposeService service)
    {
        var words = service.Name.ToLowerInvariant().Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w is "migrate" or "migrations" or "migration" or "init" or "setup" or "prestart" or "seed" or "test"
            or "tests" or "createbuckets" or "bootstrap" or "certs" or "job" or "playwright" or "cypress" or "e2e");
    }

    public static string Directory(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    /// <summary>The stages the final image is built from: the final stage and the stages it starts FROM.</summary>
    public static IEnumerable<DockerStage> ShippedStages(DockerfileDocument dockerfile)
    {
        var stage = dockerfile.FinalStage;
        var seen = new HashSet<int>();
        while (stage is not null && seen.Add(stage.Index))
        {
            yield return stage;
            var parent = stage.BaseStage;
            stage = parent is null ? null : dockerfile.Stages.Take(stage.Index).LastOrDefault(s => s.Name == parent);
        }
    }

    /// <summary>The Dockerfile a compose service builds, when it can be found.</summary>
    public static DockerfileDocument? BuiltDockerfile(RepositoryFacts facts, ComposeService service)
    {
        if (!service.HasBuild)
        {
            return null;
        }

        var context = Join(Directory(service.File), service.BuildContext?.Known ?? ".");
        var name = service.Dockerfile?.Known ?? "Dockerfile";
        var path = Join(context, name);
        return facts.Dockerfiles.FirstOrDefault(d => d.Path == path);
    }

    public static string Join(string directory, string relative)
    {
        var parts = directory.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var part in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
