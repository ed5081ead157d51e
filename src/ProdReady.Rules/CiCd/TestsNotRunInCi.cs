using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.CiCd;

public sealed partial class TestsNotRunInCi : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CI002"),
        Name = "ci-does-not-run-tests",
        Title = "CI never runs the tests",
        Area = Area.CiCd,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "A pipeline that builds and deploys but never runs the test suite gives false confidence: a change that " +
            "breaks the tests is merged and shipped with a green tick.",
        Fix = "Add a test step to the pipeline that runs on pull requests, e.g. `- run: pytest`, `- run: npm test`, " +
            "`- run: dotnet test` or `- run: go test ./...` (GitLab: a `test` job with `script: [pytest]`), and make it a " +
            "required check.",
        References = ["https://docs.github.com/actions/automating-builds-and-tests/building-and-testing-python"],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        if (!context.Repository.AllPaths.Any(p => CodePaths.IsTest(p) && !CodePaths.IsVendored(p)))
        {
            return RuleOutcome.Skip("the repository has no tests");
        }

        var github = Pipelines.GitHub(context).ToList();
        var gitlab = Pipelines.GitLab(context).ToList();
        if (github.Count + gitlab.Count == 0)
        {
            return RuleOutcome.Skip("no GitHub Actions or GitLab CI pipeline (CI001 reports missing CI)");
        }

        if (Pipelines.Others(context).Any() || Pipelines.Unreadable(context).Any() || gitlab.Any(p => !p.Includes.IsEmpty)
            || github.Any(w => w.Jobs.Any(j => j.Uses is not null)))
        {
            return RuleOutcome.Skip("part of the pipeline is defined elsewhere (another CI system, an include or a reusable workflow)");
        }

        var test = Pipelines.Commands(context)
            .SelectMany(c => ShellCommands(c.Command.Text).Where(l => !Install().IsMatch(l)).Select(l => (c.File, c.Command, Match: TestCommand().Match(l))))
            .FirstOrDefault(c => c.Match.Success);
        if (test.Command is not null)
        {
            var match = test.Match.Value;
            return RuleOutcome.Pass(new Evidence($"tests run in CI: `{match.Trim()}` in {test.File}", Pipelines.Locate(context, test.Command, match)));
        }

        var action = github.SelectMany(w => w.Steps).FirstOrDefault(s => s.Step.Uses is { } uses && TestAction().IsMatch(uses.Text));
        if (action.Step is not null)
        {
            return RuleOutcome.Pass(new Evidence($"tests run in CI: {action.Step.Uses!.Text}", action.Step.Uses.Span));
        }

        var files = string.Join(", ", github.Select(w => w.Path).Concat(gitlab.Select(p => p.Path)));
        return RuleOutcome.Fail(new Violation(null, $"no pipeline step runs the tests: searched the run steps and scripts of {files} for pytest, tox, nox, " +
            "npm/yarn/pnpm test, jest, vitest, mocha, dotnet test, go test, cargo test, make test, manage.py test, mvn/gradle test and test scripts"));
    }

    /// <summary>One command per line and per <c>&amp;&amp;</c>, <c>||</c> or <c>;</c>: <c>pip install pytest &amp;&amp; pytest</c> runs the tests.</summary>
    private static IEnumerable<string> ShellCommands(string script) =>
        script.Split('\n').SelectMany(line => CommandSeparator().Split(line));

    [GeneratedRegex(@"&&|\|\||;")]
    private static partial Regex CommandSeparator();

    [GeneratedRegex(@"\b(pytest|py\.test|tox|nox|jest|vitest|mocha|ava|karma|cypress|playwright|phpunit|rspec|nosetests|ctest|unittest|runtests|coverage\s+run)\b|\b(npm|yarn|pnpm|bun)\s+(run\s+)?(test|ci-test|coverage)\b|\b(npm|yarn|pnpm)\s+(run\s+)?[\w:-]*test|\b(dotnet|go|cargo|deno|mix|swift|flutter)\s+test\b|\b(make|just|task|invoke|hatch|poe)\s+(run\s+)?[\w:-]*(test|check)|manage\.py\s+test|\b(mvn|mvnw|gradle|gradlew)\b[^\n]*\b(test|verify|check|build)\b|[\w./-]*test[\w.-]*\.(sh|py|ps1)\b|\bnpx\s+(jest|vitest|mocha|playwright|cypress)", RegexOptions.IgnoreCase)]
    private static partial Regex TestCommand();

    /// <summary>Installing a test runner is not running it.</summary>
    [GeneratedRegex(@"^\s*(pip3?|uv\s+pip|poetry|pipx|npm|yarn|pnpm|bun|apt-get|brew)\s+(install|add|ci|i)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Install();

    [GeneratedRegex(@"test|pytest|cypress|playwright", RegexOptions.IgnoreCase)]
    private static partial Regex TestAction();
}
