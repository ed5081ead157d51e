using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.CiCd;

public sealed partial class CiWorkflowMissing : Rule
{
    private const string Searched = ".github/workflows/*.yml, .gitlab-ci.yml, azure-pipelines.yml, .circleci/config.yml, Jenkinsfile, " +
        "bitbucket-pipelines.yml, .travis.yml, .drone.yml, .woodpecker.yml, .buildkite/pipeline.yml, appveyor.yml and buildspec.yml";

    private static readonly string[] RootFiles =
        [".gitlab-ci.yml", "azure-pipelines.yml", "azure-pipelines.yaml", "Jenkinsfile", "bitbucket-pipelines.yml", ".travis.yml",
         ".drone.yml", ".woodpecker.yml", "appveyor.yml", "buildspec.yml", ".circleci/config.yml", ".buildkite/pipeline.yml"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CI001"),
        Name = "ci-workflow-missing",
        Title = "No continuous integration",
        Area = Area.CiCd,
        Severity = Severity.Medium,
        EffortHours = 2,
        Rationale = "Without CI nothing checks a change before it is merged or deployed: broken builds, failing tests, lint errors " +
            "and vulnerable dependencies reach the main branch unnoticed, and releases depend on someone's machine. A pipeline " +
            "that never runs the tests gives the same false confidence.",
        Fix = "Add a pipeline that runs on every push and pull request: install locked dependencies, lint, run the test suite " +
            "(pytest, npm test, dotnet test) and build the image, e.g. .github/workflows/ci.yml with actions/checkout, " +
            "actions/setup-python or setup-node, and a test step; require it to pass before merging.",
        References =
        [
            "https://docs.github.com/actions/automating-builds-and-tests/about-continuous-integration",
            "https://docs.gitlab.com/ee/ci/quick_start/",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var pipelines = context.Repository.AllPaths.Where(IsPipeline).ToList();
        if (pipelines.Count == 0)
        {
            return RuleOutcome.Fail(new Violation(null, $"no CI configuration: searched for {Searched}"));
        }

        var texts = pipelines.Select(p => context.Repository.File(p)?.Text).ToList();
        var testsExist = context.Repository.AllPaths.Any(p => CodePaths.IsTest(p) && !CodePaths.IsVendored(p));
        if (testsExist && texts.All(t => t is not null && !TestStep().IsMatch(t)))
        {
            return RuleOutcome.Fail(new Violation(null, "no pipeline runs the tests: no test command (pytest, npm test, jest, " +
                $"vitest, dotnet test, go test, manage.py test, tox, nox…) in {string.Join(", ", pipelines)}")
            { Severity = Severity.Low, Key = "no-tests" });
        }

        return RuleOutcome.Pass(new Evidence(pipelines.Count == 1 ? $"CI pipeline {pipelines[0]}" : $"{pipelines.Count} CI pipelines, such as {pipelines[0]}"));
    }

    private static bool IsPipeline(string path) =>
        RootFiles.Contains(path, StringComparer.Ordinal)
        || (path.StartsWith(".github/workflows/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2
            && (path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal)));

    /// <summary>Workflow files have no typed reader yet, so their text is searched for anything that runs tests; a bare
    /// "test" word (a job or a make target) is enough, to stay on the side of not reporting.</summary>
    [GeneratedRegex(@"\b(test|tests|pytest|jest|vitest|mocha|tox|nox|coverage|check|verify|cypress|playwright|phpunit|rspec)\b|_test\b|:test\b", RegexOptions.IgnoreCase)]
    private static partial Regex TestStep();
}
