using System.Text.RegularExpressions;
using ProdReady.Engine.Files;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Testing;

public sealed partial class CoverageNotMeasured : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("TST003"),
        Name = "coverage-not-measured",
        Title = "Tests run but coverage is never measured",
        Area = Area.Testing,
        Severity = Severity.Low,
        EffortHours = 0.5,
        Rationale = "Without a coverage report nobody can tell which code the tests exercise: a suite can grow while the " +
            "risky paths (error handling, permissions, payments) stay untested, and a pull request that drops coverage " +
            "goes unnoticed.",
        Fix = "Measure coverage where the tests run and publish the report: pytest-cov (`pytest --cov`) or coverage.py, " +
            "Jest/Vitest `--coverage`, nyc or c8, coverlet (`dotnet test --collect:\"XPlat Code Coverage\"`); optionally " +
            "set a floor such as `--cov-fail-under`.",
        References =
        [
            "https://pytest-cov.readthedocs.io/",
            "https://jestjs.io/docs/cli#--coverageboolean",
            "https://github.com/coverlet-coverage/coverlet",
        ],
        Examples = CoverageNotMeasuredExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var files = context.Repository.Files;
        var tests = files.Where(f => CodePaths.IsTest(f.Path) && !CodePaths.IsVendored(f.Path) && TestFile().IsMatch(f.Name) && DeclaresTest().IsMatch(f.Text)).ToList();
        if (tests.Count == 0)
        {
            return RuleOutcome.Skip("no test files, so there is nothing to measure (TST001 reports missing tests)");
        }

        // Stopgap: coverage settings live in a dozen formats no reader models; the files that hold them are searched as text.
        foreach (var file in files.Where(f => !CodePaths.IsVendored(f.Path) && CoverageHome(f)))
        {
            if (CoverageSetting().Match(file.Text) is { Success: true } setting)
            {
                var (line, column) = file.Position(setting.Index);
                var span = new Engine.Facts.SourceSpan(file.Path, line, column, setting.Length);
                return RuleOutcome.Pass(new Evidence($"coverage measured: {setting.Value.Trim()} in {span}", span));
            }
        }

        if (files.FirstOrDefault(f => f.Name is ".coveragerc" or ".nycrc" or ".nycrc.json" or ".c8rc" or ".c8rc.json" or "codecov.yml" or ".codecov.yml") is { } config)
        {
            return RuleOutcome.Pass(new Evidence($"coverage configured in {config.Path}"));
        }

        return RuleOutcome.Fail(new Violation(null,
            $"{tests.Count} test file(s) and no coverage measurement: searched .coveragerc, [tool.coverage], --cov, coverage run, " +
            "Jest/Vitest coverage, nyc, c8, coverlet and Codecov in configuration, package.json, project files, CI workflows and Makefiles"));
    }

    private static bool CoverageHome(SourceFile file) =>
        file.Name is "pyproject.toml" or "setup.cfg" or "tox.ini" or "pytest.ini" or "noxfile.py" or "Makefile" or "package.json"
            or "requirements-dev.txt" or "requirements_dev.txt" or "requirements-test.txt" or "Directory.Packages.props" or "Directory.Build.props"
        || file.Extension is ".csproj" || file.Path.StartsWith(".github/workflows/", StringComparison.Ordinal)
        || file.Name is ".gitlab-ci.yml" or "azure-pipelines.yml" or "Jenkinsfile" || ConfigName().IsMatch(file.Name);

    [GeneratedRegex(@"^(test_.*\.py|.*_test\.py|tests\.py|.*\.(test|spec)\.(js|jsx|ts|tsx|mjs|cjs)|.*Tests?\.cs)$")]
    private static partial Regex TestFile();

    [GeneratedRegex(@"\bdef test|\b(it|test)\(|\[(Fact|Theory|Test|TestMethod)\b")]
    private static partial Regex DeclaresTest();

    [GeneratedRegex(@"^(jest|vitest|vite|karma)\.config\.(js|cjs|mjs|ts)$")]
    private static partial Regex ConfigName();

    [GeneratedRegex(@"\[tool\.coverage|\[coverage:|--cov\b|--cov=|\bcoverage (run|xml|report|html)\b|\bpytest-cov\b|collectCoverage|--coverage\b|\bcoverage\s*:\s*\{|\bnyc\b|""c8""|\bc8 |coverlet|XPlat Code Coverage|codecov")]
    private static partial Regex CoverageSetting();
}
