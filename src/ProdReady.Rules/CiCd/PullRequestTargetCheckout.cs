using ProdReady.Engine.Documents;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.CiCd;

public sealed partial class PullRequestTargetCheckout : Rule
{
    private static readonly string[] HeadRefs =
    [
        "github.event.pull_request.head.sha", "github.event.pull_request.head.ref", "github.head_ref",
        "github.event.pull_request.head.repo.full_name", "refs/pull/",
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CI005"),
        Name = "pull-request-target-checkout",
        Title = "pull_request_target checks out the pull request's code",
        Area = Area.CiCd,
        Severity = Severity.Critical,
        EffortHours = 1,
        Rationale = "`pull_request_target` runs with the base repository's secrets and a write token, for pull requests from " +
            "any fork. Checking out and building the pull request's head runs the attacker's code (install scripts, tests, " +
            "build files) with those secrets: the \"pwn request\" that has compromised many open-source projects.",
        Fix = "Use `pull_request` for anything that builds or tests contributed code. If the workflow needs secrets (labelling, " +
            "commenting), do not check out the head; or split it: build untrusted code under `pull_request`, and act on its " +
            "uploaded artifact in a separate `workflow_run` workflow.",
        References =
        [
            "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
            "https://docs.github.com/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request_target",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var targeted = Pipelines.GitHub(context).Where(w => w.Trigger("pull_request_target") is not null).ToList();
        if (targeted.Count == 0)
        {
            return RuleOutcome.Skip("no workflow runs on pull_request_target");
        }

        var violations = new List<Violation>();
        foreach (var workflow in targeted)
        {
            foreach (var (job, step) in workflow.Steps)
            {
                if (step.Action is { } action && action.Name == "actions/checkout" && step.With.TryGetValue("ref", out var reference) && Head(reference) is { } head)
                {
                    violations.Add(new Violation(reference.Span, $"job {job.Id} of {workflow.Path} runs on pull_request_target and checks out {head}"));
                }
                else if (step.Run is { } run && Head(run) is { } inRun && (run.Text.Contains("git checkout", StringComparison.Ordinal)
                             || run.Text.Contains("git fetch", StringComparison.Ordinal) || run.Text.Contains("gh pr checkout", StringComparison.Ordinal)))
                {
                    violations.Add(new Violation(Pipelines.Locate(context, run, inRun), $"job {job.Id} of {workflow.Path} runs on pull_request_target and fetches {inRun}"));
                }
            }
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"pull_request_target workflow {targeted[0].Path} does not check out the pull request's code"));
    }

    private static string? Head(DocumentValue value) => HeadRefs.FirstOrDefault(h => value.Text.Contains(h, StringComparison.Ordinal));
}
