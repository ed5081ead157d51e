namespace ProdReady.Engine.Facts.Readers;

/// <summary>What a file is, judged from its repository-relative path alone. Shared by the readers and stack
/// detection so that both agree on which file is a compose file, a workflow or a manifest.</summary>
internal static class FileKinds
{
    public static string NameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static string LowerNameOf(string path) => NameOf(path).ToLowerInvariant();

    public static string LowerExtensionOf(string path) => Path.GetExtension(NameOf(path)).ToLowerInvariant();

    public static bool IsYaml(string path) => LowerExtensionOf(path) is ".yml" or ".yaml";

    public static bool IsJson(string path) => LowerExtensionOf(path) == ".json";

    public static bool IsCompose(string path)
    {
        var name = LowerNameOf(path);
        return IsYaml(path) && (name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose", StringComparison.Ordinal));
    }

    public static bool IsGitHubWorkflow(string path) =>
        IsYaml(path) && (path.StartsWith(".github/workflows/", StringComparison.Ordinal) || path.Contains("/.github/workflows/", StringComparison.Ordinal));

    public static bool IsGitLabCi(string path) => LowerNameOf(path) is ".gitlab-ci.yml" or ".gitlab-ci.yaml";

    public static bool IsHelmChart(string path) => LowerNameOf(path) is "chart.yaml" or "chart.yml";

    public static bool IsKustomization(string path) => LowerNameOf(path) is "kustomization.yaml" or "kustomization.yml";

    public static bool IsDockerfile(string path)
    {
        var name = LowerNameOf(path);
        return !name.EndsWith(".dockerignore", StringComparison.Ordinal)
            && (name == "dockerfile" || name.StartsWith("dockerfile.", StringComparison.Ordinal) || name.EndsWith(".dockerfile", StringComparison.Ordinal));
    }

    public static bool IsPackageJson(string path) => NameOf(path) == "package.json" && !IsVendored(path);

    public static bool IsMsBuildProject(string path) => LowerExtensionOf(path) is ".csproj" or ".fsproj" or ".vbproj";

    public static bool IsTerraform(string path) => LowerExtensionOf(path) == ".tf";

    /// <summary>Installed third-party code that a walk may still have kept (no .gitignore): never the project's own.</summary>
    private static readonly string[] FixtureDirectories = ["fixtures", "__fixtures__", "testdata", "test_data", "test-fixtures"];

    public static bool IsVendored(string path) =>
        path.StartsWith("node_modules/", StringComparison.Ordinal) || path.Contains("/node_modules/", StringComparison.Ordinal);

    /// <summary>Sample inputs kept for tests (<c>tests/fixtures/app/…</c>, <c>testdata/</c>): whole applications
    /// may live there, but they are not the repository's own stack.</summary>
    public static bool IsFixture(string path) =>
        FixtureDirectories.Any(d => IsUnder(path, d));

    public static bool IsUnder(string path, string directory) =>
        path.StartsWith(directory + "/", StringComparison.Ordinal) || path.Contains("/" + directory + "/", StringComparison.Ordinal);
}
