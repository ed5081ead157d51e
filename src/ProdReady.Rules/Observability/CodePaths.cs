using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace ProdReady.Rules.Observability;

/// <summary>What role a file plays, judged from its path: tests, tooling (scripts, migrations, management commands,
/// docs, examples, training), vendored code, or the application itself.</summary>
internal static class CodePaths
{
    private static readonly FrozenSet<string> TestDirectories = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "test", "tests", "__tests__", "__mocks__", "testing", "spec", "specs", "e2e", "cypress", "playwright", "fixtures", "testdata",
        "loadtest", "loadtests", "load_tests", "locust", "perf");

    private static readonly FrozenSet<string> ToolingDirectories = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "scripts", "script", "tools", "tool", "bin", "migrations", "alembic", "seeder", "seeders", "seeds", "docs", "doc", "examples",
        "example", "samples", "notebooks", "benchmarks", "bench", "training", "commands", "storybook", "stories");

    private static readonly FrozenSet<string> VendoredDirectories = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "node_modules", "venv", ".venv", "env", "site-packages", "vendor", "dist", "build", "out", "coverage", ".next");

    /// <summary>Words in a file name that say it is a one-off program: example_train.py, seed_db.py, locustfile.py.</summary>
    private static readonly FrozenSet<string> ToolingWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "train", "training", "seed", "populate", "locustfile", "loadtest", "benchmark", "example", "demo");

    private static readonly FrozenSet<string> ToolingFiles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "setup.py", "manage.py", "conftest.py", "noxfile.py", "fabfile.py", "management.py");

    public static bool IsTest(string path)
    {
        var name = FileName(path);
        return Directories(path).Any(d => TestDirectories.Contains(d) || d.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase)
                || d.EndsWith(".UnitTests", StringComparison.OrdinalIgnoreCase) || d.EndsWith(".IntegrationTests", StringComparison.OrdinalIgnoreCase))
            || name.StartsWith("test_", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("_test.py", StringComparison.OrdinalIgnoreCase)
            || name.Equals("tests.py", StringComparison.OrdinalIgnoreCase)
            || name.Equals("conftest.py", StringComparison.OrdinalIgnoreCase)
            || name.Contains(".test.", StringComparison.OrdinalIgnoreCase)
            || name.Contains(".spec.", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("Tests.cs", StringComparison.Ordinal);
    }

    public static bool IsTooling(string path)
    {
        var name = FileName(path);
        var stem = Path.GetFileNameWithoutExtension(name);
        // Hidden folders hold tooling and editor or agent configuration (.github, .devcontainer, .claude), not the app.
        return Directories(path).Any(d => ToolingDirectories.Contains(d) || (d.Length > 1 && d[0] == '.'))
            || ToolingFiles.Contains(name)
            || name.Contains(".config.", StringComparison.OrdinalIgnoreCase)
            || stem.Split(['_', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Any(ToolingWords.Contains);
    }

    public static bool IsVendored(string path) => Directories(path).Any(VendoredDirectories.Contains);

    /// <summary>Code that runs as part of the deployed application: not a test, a tool, or vendored.</summary>
    public static bool IsApplication(string path) =>
        ApplicationPaths.GetValue(path, p => new StrongBox<bool>(!IsTest(p) && !IsTooling(p) && !IsVendored(p))).Value!;

    // Every fact of a file shares the file's path string, and rules ask about each of a repository's many calls;
    // keyed by that string's identity, the answer is computed once per file and collected with the audit.
    private static readonly ConditionalWeakTable<string, StrongBox<bool>> ApplicationPaths = [];

    /// <summary>The file name says it is for development only: <c>Dockerfile.dev</c>, <c>start-local.sh</c>.</summary>
    public static bool IsDevelopmentOnly(string path)
    {
        var words = Path.GetFileName(path).ToLowerInvariant().Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => w is "dev" or "develop" or "development" or "local" or "debug" or "test" or "tests" or "override");
    }

    public static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }

    /// <summary>True when <paramref name="path"/> is inside <paramref name="directory"/> ("" is the root).</summary>
    public static bool IsUnder(string path, string directory) =>
        directory.Length == 0 || path.StartsWith(directory + "/", StringComparison.Ordinal);

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static IEnumerable<string> Directories(string path) => path.Split('/').SkipLast(1);
}
