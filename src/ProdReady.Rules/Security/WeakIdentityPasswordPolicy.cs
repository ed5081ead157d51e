using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed class WeakIdentityPasswordPolicy : Rule
{
    private const int MinimumLength = 8;

    private static readonly string[] CompositionRules = ["RequireDigit", "RequireLowercase", "RequireUppercase", "RequireNonAlphanumeric"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU052"),
        Name = "weak-identity-password-policy",
        Title = "ASP.NET Core Identity accepts short passwords",
        Area = Area.Security,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "Length is what makes a password hard to guess: a policy that accepts fewer than 8 characters lets " +
            "users pick passwords that online guessing and credential-stuffing lists break quickly. Dropping the " +
            "composition rules is fine (NIST SP 800-63B advises it) only when a longer minimum length replaces them.",
        Fix = "Set options.Password.RequiredLength to at least 8 (12 or more when composition rules are off), keep " +
            "lockout on (options.Lockout.MaxFailedAccessAttempts) and screen new passwords against breached lists.",
        References =
        [
            "https://learn.microsoft.com/aspnet/core/security/authentication/identity-configuration#password",
            "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret",
            "https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#implement-proper-password-strength-controls",
        ],
        AppliesTo = [Technology.AspNetCore],
        Examples = IdentityPasswordExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        var policies = context.Facts.Settings
            .Where(s => s.Origin == SettingOrigin.CSharp && IsPasswordOptions(s.Scope) && FileRoles.IsProduction(s.File))
            .GroupBy(s => (s.File, s.Scope));
        foreach (var policy in policies)
        {
            var length = policy.FirstOrDefault(s => s.Name == "RequiredLength" && s.Value.Kind == ValueKind.Number);
            var relaxed = policy.Where(s => CompositionRules.Contains(s.Name) && s.Value.Kind == ValueKind.Bool && !s.Value.IsTrue).ToList();
            var minimum = length is not null && int.TryParse(length.Value.Text, out var parsed) ? parsed : (int?)null;
            if (minimum < MinimumLength)
            {
                var also = relaxed.Count == CompositionRules.Length ? ", with every composition rule switched off" : "";
                violations.Add(new Violation(length!.Span, $"Identity accepts passwords of {minimum} characters{also}"));
            }
            else if (length is null && relaxed.Count == CompositionRules.Length)
            {
                violations.Add(new Violation(relaxed[0].Span, "every Identity composition rule is switched off and RequiredLength is left at its default of 6 characters"));
            }
            else if (minimum is not null)
            {
                evidence.Add(new Evidence($"Identity password minimum length {minimum} in {length!.Span}", length.Span));
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(3)) : RuleOutcome.Skip("no Identity password options set in code");
    }

    /// <summary><c>options.Password.RequiredLength = …</c>, <c>new PasswordOptions { … }</c> and <c>Password = new() { … }</c>.</summary>
    private static bool IsPasswordOptions(string scope) =>
        scope is "Password" or "PasswordOptions" || scope.EndsWith(".Password", StringComparison.Ordinal);
}
