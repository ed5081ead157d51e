using System.Collections.Frozen;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed class JwtValidationDisabled : Rule
{
    /// <summary>What each switched-off check lets through, and how bad that is.</summary>
    private static readonly FrozenDictionary<string, (Severity Severity, string Effect)> Checks = new Dictionary<string, (Severity, string)>
    {
        ["RequireSignedTokens"] = (Severity.Critical, "unsigned tokens are accepted, so anyone can forge one"),
        ["ValidateLifetime"] = (Severity.High, "expired tokens are accepted forever"),
        ["RequireExpirationTime"] = (Severity.Medium, "tokens without an expiry are accepted"),
        ["ValidateIssuerSigningKey"] = (Severity.Low, "the signing key itself is not validated (the signature still is)"),
        ["ValidateIssuer"] = (Severity.Low, "tokens from any issuer trusted by the same key are accepted"),
        ["ValidateAudience"] = (Severity.Low, "tokens issued for other applications are accepted"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU050"),
        Name = "jwt-validation-disabled",
        Title = "JWT validation checks are switched off",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "TokenValidationParameters decide which bearer tokens the API believes. ValidateLifetime = false " +
            "accepts stolen tokens forever and RequireSignedTokens = false accepts forged ones; with an external identity " +
            "provider, ValidateAudience/ValidateIssuer = false accepts tokens minted for other applications of the same " +
            "provider, and RequireHttpsMetadata = false fetches the signing keys over plain HTTP, where they can be swapped.",
        Fix = "Leave the checks on (they default to true) and configure what they compare against: ValidIssuer, " +
            "ValidAudience, IssuerSigningKey, a small ClockSkew. Set RequireHttpsMetadata = false only inside an " +
            "IsDevelopment() check.",
        References =
        [
            "https://learn.microsoft.com/aspnet/core/security/authentication/configure-jwt-bearer-authentication",
            "https://learn.microsoft.com/dotnet/api/microsoft.identitymodel.tokens.tokenvalidationparameters",
            "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html",
        ],
        AppliesTo = [Technology.AspNetCore],
        Examples = JwtValidationExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var setting in facts.Settings.Where(s => s.Origin == SettingOrigin.CSharp && FileRoles.IsProduction(s.File) && s.Value.Kind == ValueKind.Bool))
        {
            var off = setting.Value.Text == "false";
            if (setting.Name == "RequireHttpsMetadata")
            {
                if (off && UsesAuthority(context, setting.File) && !ChecksEnvironment(facts, setting.File))
                {
                    violations.Add(new Violation(setting.Span, "RequireHttpsMetadata = false outside an IsDevelopment() check: the identity provider's " +
                        "metadata and signing keys may be fetched over plain HTTP")
                    { Severity = Severity.Medium, Key = setting.Name });
                }

                continue;
            }

            if (!Checks.TryGetValue(setting.Name, out var check))
            {
                continue;
            }

            if (!off)
            {
                evidence.Add(new Evidence($"JWT validation: {setting.Name} = true in {setting.Span}", setting.Span));
                continue;
            }

            // Against a shared identity provider another application's token carries the same signature.
            var severity = setting.Name is "ValidateIssuer" or "ValidateAudience" && UsesAuthority(context, setting.File) ? Severity.Medium : check.Severity;
            violations.Add(new Violation(setting.Span, $"{setting.Name} = false: {check.Effect}") { Severity = severity, Key = setting.Name });
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(3)) : RuleOutcome.Skip("no token validation settings assigned in code");
    }

    private static bool ChecksEnvironment(RepositoryFacts facts, string file) =>
        facts.CallsIn(file).Any(c => c.Name is "IsDevelopment" or "IsEnvironment" or "IsProduction" or "IsStaging");

    /// <summary>Whether the file points the handler at an identity provider (<c>options.Authority = …</c>); with a
    /// key held by the application itself, metadata is never fetched. The assignment's value is usually read from
    /// configuration, which no fact records, so the file's text is searched for the member name.</summary>
    private static bool UsesAuthority(AuditContext context, string file) =>
        context.Repository.File(file)?.Text.Contains("Authority", StringComparison.Ordinal) == true;
}
