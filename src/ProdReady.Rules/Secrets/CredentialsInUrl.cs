using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

public sealed class CredentialsInUrl : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SEC004"),
        Name = "credentials-in-url",
        Title = "Password embedded in a URL or connection string",
        Area = Area.Secrets,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "A database, cache or broker URL with its password (postgres://app:pw@db…, Password=… in an ADO.NET " +
            "connection string) gives whoever reads the file direct access to the data store, from code, configuration, " +
            "notebooks or a deployment guide alike. A weak literal password on a real host is still reported, one step " +
            "lower; a weak one on localhost is a development default and placeholders (password, ${DB_PASSWORD}, " +
            "<password>, ***) are not reported.",
        Fix = "Rotate the password, then build the URL from the environment at run time (DATABASE_URL injected by the " +
            "platform, `postgresql://app:${DB_PASSWORD}@db/app` expanded by compose, ASP.NET user-secrets or Key Vault for " +
            "connection strings) and keep only placeholders in committed files and docs.",
        References =
        [
            "https://cwe.mitre.org/data/definitions/798.html",
            "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
        ],
        Examples = CredentialsInUrlExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var violations = new List<Violation>();
        foreach (var match in SecretViolations.Matches(context, ExtraDetectors.UrlId).Concat(SecretViolations.Matches(context, ExtraDetectors.ConnectionStringId))
            .Concat(SecretViolations.Matches(context, ExtraDetectors.BasicAuthId)))
        {
            if (SecretLocations.Classify(match.Path) == SecretLocation.Template)
            {
                continue;
            }

            var what = match.DetectorId switch
            {
                ExtraDetectors.UrlId => "a URL",
                ExtraDetectors.BasicAuthId => "a command-line user option",
                _ => "a connection string",
            };
            var strength = match.Confidence == Engine.Secrets.SecretConfidence.Low ? "weak " : string.Empty;
            // appsettings.Development.json, settings/dev.py, .env.development: a leak still, but rarely the live database.
            if (SecretLocations.Classify(match.Path) == SecretLocation.Source && FileRoles.IsDevelopmentConfig(match.Path))
            {
                var violation = SecretViolations.From(match, $"{what} embeds a {strength}password in development configuration");
                violations.Add(violation with { Severity = violation.Severity > Severity.Low ? violation.Severity - 1 : violation.Severity });
                continue;
            }

            violations.Add(SecretViolations.From(match, $"{what} embeds a {strength}password in {SecretLocations.Describe(match.Path)}"));
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass();
    }
}
