using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class IamWildcardPolicy : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC006"),
        Name = "iam-wildcard-policy",
        Title = "IAM policy allows every action",
        Area = Area.Infrastructure,
        Severity = Severity.High,
        EffortHours = 2,
        Rationale = "`\"Action\": \"*\"` makes whoever holds the policy an administrator: a leaked key or a compromised " +
            "instance can read every secret, delete every resource and create new users. A whole service (`s3:*`) on every " +
            "resource (`\"Resource\": \"*\"`) has the same effect for that service's data.",
        Fix = "List the actions the workload needs (`s3:GetObject`, `s3:PutObject`) on the resources it uses " +
            "(`arn:aws:s3:::bucket/*`); start from IAM Access Analyzer's generated policy or CloudTrail usage, and use AWS " +
            "managed job-function policies for humans.",
        References =
        [
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        if (!TerraformResources.Any(context))
        {
            return RuleOutcome.Skip("no Terraform files");
        }

        var statements = IamPolicies.Statements(context).ToList();
        if (statements.Count == 0)
        {
            return RuleOutcome.Skip("no IAM policies written out in Terraform");
        }

        var violations = new List<Violation>();
        foreach (var statement in statements)
        {
            if (statement.AllActions)
            {
                violations.Add(new Violation(statement.Span, $"{statement.Policy} allows every action (\"*\") on " +
                    (statement.AllResources ? "every resource" : string.Join(", ", statement.Resources.Take(3)))));
            }
            else if (statement.ServiceWildcard is { } service && statement.AllResources)
            {
                violations.Add(new Violation(statement.Span, $"{statement.Policy} allows {service} on every resource (\"*\")") { Severity = Severity.Medium });
            }
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"{statements.Count} IAM policy statement(s) scoped to named actions"));
    }
}
