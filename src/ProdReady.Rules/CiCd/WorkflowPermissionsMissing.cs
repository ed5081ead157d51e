using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.CiCd;

public sealed partial class WorkflowPermissionsMissing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CI004"),
        Name = "workflow-permissions-broad",
        Title = "Workflow token permissions not restricted",
        Area = Area.CiCd,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "Without a `permissions:` key the GITHUB_TOKEN gets the repository's default scopes, which in many " +
            "organisations and older repositories is read-write on contents, packages, pull requests and more; `write-all` " +
            "grants everything. Any compromised step or dependency can then push code, publish packages or approve pull " +
            "requests.",
        Fix = "Add `permissions: contents: read` at the top of every workflow and grant more per job only where needed " +
            "(`packages: write` for the publish job, `id-token: write` for OIDC deploys); never use `write-all`.",
        References =
        [
            "https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var workflows = Pipelines.GitHub(context).ToList();
        if (workflows.Count == 0)
        {
            return RuleOutcome.Skip("no GitHub Actions workflows");
        }

        var violations = new List<Violation>();
        foreach (var workflow in workflows)
        {
            if (workflow.Permissions is { IsWriteAll: true } all)
            {
                violations.Add(new Violation(all.All!.Span, $"{workflow.Path} grants permissions: write-all to every job") { Key = "workflow" });
            }

            foreach (var job in workflow.Jobs.Where(j => j.Permissions is { IsWriteAll: true }))
            {
                violations.Add(new Violation(job.Permissions!.All!.Span, $"job {job.Id} in {workflow.Path} grants permissions: write-all") { Key = job.Id });
            }

            if (workflow.Permissions is null && workflow.Jobs.FirstOrDefault(j => j.Permissions is null) is { } open)
            {
                var count = workflow.Jobs.Count(j => j.Permissions is null);
                violations.Add(new Violation(open.Span, $"{workflow.Path} sets no permissions at workflow level and {count} job(s), starting with " +
                    $"{open.Id}, set none either: they run with the repository's default token scopes")
                { Key = "missing" });
            }
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"{workflows.Count} workflow(s) restrict their token permissions"));
    }
}
