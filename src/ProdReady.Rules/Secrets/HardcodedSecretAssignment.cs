using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Secrets;

public sealed class HardcodedSecretAssignment : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SEC005"),
        Name = "hardcoded-secret-assignment",
        Title = "Random-looking secret assigned to a secret-named variable",
        Area = Area.Secrets,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "A literal that looks random (long, varied, not a word, placeholder, hash or UUID) assigned to a name " +
            "such as password, token, api_key or client_secret is almost always a real credential, in Java or Go code, " +
            "a Dockerfile ENV, a shell script, Terraform, TOML, INI, properties or a Kubernetes Secret. Anyone who reads " +
            "the repository or its history can use it.",
        Fix = "Rotate the value, then inject it at run time (environment, Docker/Kubernetes secrets, a secret manager, " +
            "Terraform variables marked sensitive) and commit only references such as ${API_TOKEN} or secretKeyRef.",
        References =
        [
            "https://cwe.mitre.org/data/definitions/798.html",
            "https://kubernetes.io/docs/concepts/configuration/secret/",
        ],
        Examples = HardcodedSecretAssignmentExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        HashSet<(string, int)>? owned = null;
        foreach (var match in ExtraDetectors.GenericIds.SelectMany(id => SecretViolations.Matches(context, id)))
        {
            var location = SecretLocations.Classify(match.Path);
            // Generic values in tests are fixtures by convention; provider-format tokens there are still reported (low).
            if (location is SecretLocation.Template or SecretLocation.Test)
            {
                continue;
            }

            // Settings the readers understand belong to SEC001/SEC002, which know their scopes and overrides.
            owned ??= [.. facts.Settings.Where(s => SecretNames.Classify(s.Name, s.Scope) != SecretKind.None).Select(s => (s.File, s.Span.Line))];
            if (owned.Contains((match.Path, match.Line)))
            {
                continue;
            }

            var manifest = KubernetesSecrets.IsSecretManifest(facts.Repository.File(match.Path)?.Text);
            if (manifest && KubernetesSecrets.Decoded(match.Value) is { } decoded && SecretValues.Judge(decoded) != SecretStrength.Strong)
            {
                continue;
            }

            var violation = SecretViolations.From(match, $"{match.Key} is assigned a hardcoded secret in {SecretLocations.Describe(match.Path)}");
            violations.Add(manifest ? violation with { Severity = Severity.Critical } : violation);
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass();
    }
}
