using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.CiCd;

public sealed partial class ActionNotPinned : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CI003"),
        Name = "action-not-pinned",
        Title = "Third-party action not pinned to a commit",
        Area = Area.CiCd,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "A tag such as `@v4` or a branch such as `@main` can be moved by whoever controls the action's repository; " +
            "a compromised action (as with tj-actions/changed-files in 2025) then runs with the workflow's token and secrets. " +
            "Only a full commit SHA is immutable.",
        Fix = "Pin each action to the full 40-character commit SHA of a release and keep the tag as a comment " +
            "(`uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772 # v3.4.0`); let Dependabot or Renovate " +
            "update the pins. GitHub's own actions/* are lower risk but pin them too.",
        References =
        [
            "https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var uses = Pipelines.GitHub(context)
            .SelectMany(w => w.Steps.Select(s => s.Step.Uses).Concat(w.Jobs.Select(j => j.Uses)))
            .OfType<Engine.Documents.DocumentValue>()
            .Where(u => u.IsResolved)
            .ToList();
        var remote = uses.Select(u => (Value: u, Action: Engine.Documents.Workflows.ActionReference.Parse(u.Text)))
            .Where(u => !u.Action.IsLocal && !u.Action.IsDocker)
            .ToList();
        if (remote.Count == 0)
        {
            return RuleOutcome.Skip("no GitHub Actions steps use a published action");
        }

        var violations = remote.Where(u => !u.Action.IsPinned).Select(u => new Violation(u.Value.Span,
                $"{u.Action.Name} is used at {(u.Action.Ref is null ? "no ref" : "@" + u.Action.Ref)}, not a commit SHA" +
                (u.Action.IsOfficial ? " (an official GitHub action)" : ""))
        { Severity = u.Action.IsOfficial ? Severity.Low : Severity.Medium })
            .ToList();
        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"{remote.Count} action reference(s) pinned to commit SHAs"));
    }
}
