using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Secrets;

public sealed class SecretsWithoutStartupValidation : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SEC003"),
        Name = "secrets-without-startup-validation",
        Title = "Secret settings with defaults are not validated at start-up",
        Area = Area.Secrets,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "A secret that has a default, or may be left unset, lets the app start with the default or with " +
            "nothing: tokens signed with an empty or well-known key, an admin account with the sample password. A check " +
            "at start-up turns that silent misconfiguration into a deployment that refuses to start.",
        Fix = "Make the secret required (no default) or validate it when settings load: a pydantic `field_validator` " +
            "that rejects placeholders and short values, `SecretStr = Field(min_length=32)`, or a start-up function that " +
            "raises when `settings.SECRET_KEY` is empty or a known default (Django: raise ImproperlyConfigured in settings).",
        References =
        [
            "https://docs.pydantic.dev/latest/concepts/validators/",
            "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
        ],
        Examples = StartupValidationExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var secrets = SecretFields.Find(facts).ToList();
        if (secrets.Count == 0)
        {
            return RuleOutcome.Skip("no secret settings found");
        }

        var evidence = new List<Evidence>();
        var unvalidated = new List<SecretField>();
        foreach (var secret in secrets.Where(s => s.Loose && (!s.Optional || s.Kind == SecretKind.Own)))
        {
            if (StartupChecks.Find(facts, secret.Name, secret.Owner, secret.Field) is { } check)
            {
                evidence.Add(new Evidence($"{secret.Name} is validated at start-up ({check})", check));
            }
            else
            {
                unvalidated.Add(secret);
            }
        }

        if (unvalidated.Count == 0)
        {
            return evidence.Count > 0
                ? RuleOutcome.Pass(evidence)
                : RuleOutcome.Pass(secrets.Take(1).Select(s => new Evidence($"secrets are required, with no default: {s.Name} ({s.Location})", s.Location)));
        }

        return RuleOutcome.Fail([.. unvalidated.GroupBy(s => s.Unit).Select(Describe)]);
    }

    private static Violation Describe(IGrouping<string, SecretField> unit)
    {
        var first = unit.First();
        var names = unit.Select(s => s.Name).Distinct().ToList();
        var one = names.Count == 1;
        var what = unit.All(s => s.Optional) ? "may be left unset"
            : unit.Any(s => s.Optional) ? "have defaults or may be left unset"
            : one ? "has a default" : "have defaults";
        var subject = first.Owner is { } owner ? $"class {owner.Name}" : System.IO.Path.GetFileName(first.Location.File);
        var location = first.Owner?.Span ?? first.Location;
        return new Violation(location, $"{subject}: {string.Join(", ", names)} {what} and nothing checks {(one ? "it" : "them")} at start-up") { Key = unit.Key };
    }
}
