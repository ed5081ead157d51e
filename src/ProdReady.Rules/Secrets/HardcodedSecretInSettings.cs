using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Secrets;

public sealed class HardcodedSecretInSettings : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SEC001"),
        Name = "hardcoded-secret-in-settings",
        Title = "Real secret hardcoded in settings",
        Area = Area.Secrets,
        Severity = Severity.Critical,
        EffortHours = 1,
        Rationale = "A secret committed with the code is known to everyone who can read the repository, its forks, its " +
            "CI logs and its history, forever: a leaked SECRET_KEY or JWT key lets anyone forge sessions and tokens, a " +
            "leaked API key or password gives direct access to the service behind it. Removing it from the latest commit " +
            "does not remove it from history, so it must also be rotated.",
        Fix = "Rotate the secret now, then read it from the environment or a secret manager with no default " +
            "(`SECRET_KEY = os.environ[\"SECRET_KEY\"]`, a required pydantic field, `process.env.JWT_SECRET` checked at " +
            "start-up, ASP.NET user-secrets or Key Vault), and keep only placeholders in .env.example. Django: generate " +
            "a new key with `get_random_secret_key()`; the 'django-insecure-' prefix marks the key startproject wrote.",
        References =
        [
            "https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/",
            "https://cwe.mitre.org/data/definitions/798.html",
            "https://docs.djangoproject.com/en/stable/ref/settings/#secret-key",
        ],
        Examples = HardcodedSecretExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var violations = new List<Violation>();
        foreach (var candidate in SecretSettings.Find(context.Facts))
        {
            var secret = candidate.Kind == SecretKind.ConnectionString ? SecretValues.EmbeddedPassword(candidate.Value) : candidate.Value;
            if (secret is null || SecretValues.Judge(secret) != SecretStrength.Strong)
            {
                continue;
            }

            violations.Add(new Violation(candidate.Location, Describe(candidate)) { Secret = secret, Key = candidate.Name });
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass();
    }

    private static string Describe(SecretCandidate candidate)
    {
        if (candidate.Value.TrimStart().StartsWith(SecretValues.DjangoInsecurePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return $"{candidate.Name} is hardcoded with the 'django-insecure-' key startproject generated: anyone with the code can forge sessions and reset tokens";
        }

        if (candidate.Kind == SecretKind.ConnectionString)
        {
            return $"{candidate.Name} embeds a hardcoded password";
        }

        return candidate.Fallback
            ? $"{candidate.Name} falls back to a hardcoded secret when the variable is unset"
            : $"{candidate.Name} is set to a hardcoded secret in {System.IO.Path.GetFileName(candidate.File)}";
    }
}
