using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

public sealed class WeakDefaultSecret : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SEC002"),
        Name = "weak-default-secret",
        Title = "Secret has a weak or placeholder default",
        Area = Area.Secrets,
        Severity = Severity.Critical,
        EffortHours = 0.5,
        Rationale = "When the variable is not set, the app runs with the default: a signing key such as " +
            "'change-me-in-production' or 'secret' is public knowledge, so anyone can mint valid sessions, JWTs and " +
            "password-reset links, and a short or dictionary password falls to the first guess. Nothing fails, so the " +
            "mistake is invisible until it is exploited.",
        Fix = "Remove the default so start-up fails when the secret is missing (a required pydantic field, " +
            "`os.environ[\"JWT_SECRET\"]`), or validate it at start-up (reject known placeholders and anything shorter " +
            "than 32 characters); generate real values with `python -c \"import secrets; print(secrets.token_urlsafe(48))\"`.",
        References =
        [
            "https://cwe.mitre.org/data/definitions/1392.html",
            "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
            "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key",
        ],
        Examples = WeakDefaultSecretExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var violations = new List<Violation>();
        var facts = context.Facts;
        foreach (var candidate in SecretSettings.Find(facts).Where(c => c.Kind is SecretKind.Own or SecretKind.Password && AppRunsWith(c) && !ForLocalDatabase(facts, c)))
        {
            var strength = SecretValues.Judge(candidate.Value);
            if (strength == SecretStrength.Weak || (strength == SecretStrength.Placeholder && candidate.Kind == SecretKind.Own))
            {
                violations.Add(new Violation(candidate.Location, Describe(candidate)) { Secret = candidate.Value.Trim(), Key = candidate.Name });
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass();
    }

    /// <summary>Local .env files, docker-compose and CI configuration hold development values by convention.</summary>
    private static bool AppRunsWith(SecretCandidate candidate) =>
        !FileRoles.IsCompose(candidate.File) && !FileRoles.IsCi(candidate.File)
        && (candidate.Origin != SettingOrigin.DotEnv || FileRoles.IsProductionEnvFile(candidate.File));

    /// <summary>A password next to a HOST of localhost in the same block (Django DATABASES, a JSON section): a local
    /// development or CI database, not the production one.</summary>
    private static bool ForLocalDatabase(RepositoryFacts facts, SecretCandidate candidate) =>
        candidate.Kind == SecretKind.Password && LocalDatabase.IsLocalBlock(facts, candidate.File, candidate.Scope);

    private static string Describe(SecretCandidate candidate)
    {
        var weakness = SecretValues.DescribeWeakness(candidate.Value);
        return candidate.Fallback
            ? $"{candidate.Name} falls back to {weakness} when the variable is unset"
            : $"{candidate.Name} defaults to {weakness} in {System.IO.Path.GetFileName(candidate.File)}";
    }
}
