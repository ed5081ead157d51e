using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.CiCd;

public sealed partial class CiWorkflowMissing : Rule
{
    private const string Searched = ".github/workflows/*.yml with at least one job, .gitlab-ci.yml with a job, azure-pipelines.yml, " +
        ".circleci/config.yml, Jenkinsfile, bitbucket-pipelines.yml, .travis.yml, .drone.yml, .woodpecker.yml, .buildkite/pipeline.yml, " +
        "appveyor.yml, buildspec.yml and cloudbuild.yaml";

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CI001"),
        Name = "ci-workflow-missing",
        Title = "No continuous integration",
        Area = Area.CiCd,
        Severity = Severity.Medium,
        EffortHours = 2,
        Rationale = "Without CI nothing checks a change before it is merged or deployed: broken builds, failing tests, lint errors " +
            "and vulnerable dependencies reach the main branch unnoticed, and releases depend on someone's machine.",
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
        var github = Pipelines.GitHub(context).Select(w => w.Path);
        var gitlab = Pipelines.GitLab(context).Select(p => p.Path);
        var pipelines = github.Concat(gitlab).Concat(Pipelines.Others(context)).Concat(Pipelines.Unreadable(context)).Distinct().ToList();
        if (pipelines.Count == 0)
        {
            var empty = context.Facts.Workflows.GitHub.Select(w => w.Path).Concat(context.Facts.Workflows.GitLab.Select(p => p.Path)).ToList();
            var note = empty.Count > 0 ? $" ({string.Join(", ", empty)} define no jobs)" : "";
            return RuleOutcome.Fail(new Violation(null, $"no CI configuration: searched for {Searched}{note}"));
        }

        return RuleOutcome.Pass(new Evidence(pipelines.Count == 1 ? $"CI pipeline {pipelines[0]}" : $"{pipelines.Count} CI pipelines, such as {pipelines[0]}"));
    }
}
