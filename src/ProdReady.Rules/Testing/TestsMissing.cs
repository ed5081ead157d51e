using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Testing;

public sealed partial class TestsMissing : Rule
{
    private const string Searched = "tests/ and test/ directories, test_*.py, *_test.py, tests.py, *.test.* and *.spec.* files, " +
        "__tests__/ directories, *_test.go and *Tests.csproj projects";

    private static readonly string[] SourceExtensions = [".py", ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".cs", ".go", ".java", ".kt", ".rb"];

    private static readonly string[] ScriptExtensions = [".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs"];

    private static readonly string[] TestCallees = ["test", "it", "describe", "suite"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("TST001"),
        Name = "tests-missing",
        Title = "No automated tests",
        Area = Area.Testing,
        Severity = Severity.High,
        EffortHours = 8,
        Rationale = "Without automated tests, every change is verified by hand or not at all: regressions reach production, " +
            "refactoring and dependency upgrades are risky, and CI has nothing to gate a deployment on.",
        Fix = "Start with tests of the critical paths: Python with pytest (pytest-django, FastAPI's TestClient, Flask's test_client), " +
            "Node with Jest or Vitest plus supertest for Express routes, .NET with an xUnit project and WebApplicationFactory. " +
            "Run them in CI on every push.",
        References =
        [
            "https://docs.pytest.org/en/stable/getting-started.html",
            "https://fastapi.tiangolo.com/tutorial/testing/",
            "https://docs.djangoproject.com/en/stable/topics/testing/overview/",
            "https://learn.microsoft.com/aspnet/core/test/integration-tests",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var paths = context.Repository.AllPaths.Where(p => !CodePaths.IsVendored(p)).ToList();
        if (!paths.Any(p => SourceExtensions.Contains(Path.GetExtension(p).ToLowerInvariant())))
        {
            return RuleOutcome.Skip("the repository has no source code");
        }

        var testProjects = paths.Where(p => TestProject().IsMatch(p)).Select(CodePaths.Directory).ToList();
        var candidates = paths.Where(p => IsTestFile(p, testProjects)).ToList();
        var real = candidates.Where(p => HasTests(p, facts)).ToList();
        if (real.Count > 0)
        {
            return RuleOutcome.Pass(new Evidence(real.Count == 1 ? $"1 test file: {real[0]}" : $"{real.Count} test files, such as {real[0]}"));
        }

        var empty = candidates.Count == 0 ? string.Empty
            : $"; test files without a single test: {string.Join(", ", candidates.Take(3))}{(candidates.Count > 3 ? $" and {candidates.Count - 3} more" : string.Empty)}";
        return RuleOutcome.Fail(new Violation(null, $"no tests found: searched for {Searched}{empty}"));
    }

    private static bool IsTestFile(string path, List<string> testProjects)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var name = path[(path.LastIndexOf('/') + 1)..];
        var directories = path.Split('/').SkipLast(1).Select(d => d.ToLowerInvariant()).ToList();
        return extension switch
        {
            ".py" => name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal) || name == "tests.py"
                || (directories.Any(d => d is "tests" or "test") && name is not "__init__.py" and not "conftest.py"),
            ".cs" => testProjects.Any(t => CodePaths.IsUnder(path, t)),
            ".go" => name.EndsWith("_test.go", StringComparison.Ordinal),
            _ when ScriptExtensions.Contains(extension) => name.Contains(".test.", StringComparison.Ordinal) || name.Contains(".spec.", StringComparison.Ordinal)
                || directories.Any(d => d is "__tests__" or "tests" or "test" or "e2e"),
            _ => directories.Contains("test") && directories.Contains("src") && extension is ".java" or ".kt",
        };
    }

    /// <summary>A Python or JavaScript file counts when it defines a test (a test_* function, a test/it call); other files
    /// in a test location count as they are, and so does a file whose content was not read or parsed.</summary>
    private static bool HasTests(string path, RepositoryFacts facts)
    {
        if (facts.Repository.File(path) is null || facts.IsUnparsed(path))
        {
            return true;
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".py")
        {
            return facts.FunctionsIn(path).Any(f => f.Name.StartsWith("test", StringComparison.Ordinal));
        }

        if (ScriptExtensions.Contains(extension))
        {
            return facts.CallsIn(path).Any(c => (TestCallees.Contains(c.Callee) || TestCallees.Contains(c.Callee.Split('.')[0])));
        }

        return true;
    }

    [GeneratedRegex(@"(^|/)[^/]*(Tests?|Specs?)\.csproj$")]
    private static partial Regex TestProject();
}
