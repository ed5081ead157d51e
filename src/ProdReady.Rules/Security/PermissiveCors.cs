using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Security;

public sealed class PermissiveCors : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU001"),
        Name = "permissive-cors",
        Title = "CORS allows any origin",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "CORS is what stops a page on another site from reading your API's responses in the visitor's " +
            "browser. A wildcard origin turns that off; combined with credentials the server echoes the caller's origin, " +
            "so any site the user visits can act as the signed-in user and read their data. Wildcard methods and headers " +
            "widen what a permitted origin may send and are reported at medium severity.",
        Fix = "List the exact front-end origins, read from configuration (`allow_origins=settings.CORS_ORIGINS` parsed " +
            "from an env variable, `CORS_ALLOWED_ORIGINS` in Django, `cors({ origin: [\"https://app.example.com\"] })`, " +
            "`policy.WithOrigins(...)`), and name the methods and headers the front end actually uses.",
        References =
        [
            "https://developer.mozilla.org/docs/Web/HTTP/CORS",
            "https://portswigger.net/web-security/cors",
            "https://www.starlette.io/middleware/#corsmiddleware",
            "https://github.com/adamchainz/django-cors-headers",
        ],
        Examples = CorsExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var found = new CorsFindings();
        PythonCors.Check(context.Facts, found);
        ScriptAndDotNetCors.Check(context.Facts, found);
        if (found.Violations.Count > 0)
        {
            return RuleOutcome.Fail([.. found.Violations]);
        }

        return found.Evidence.Count > 0 ? RuleOutcome.Pass(found.Evidence.Take(3)) : RuleOutcome.Skip("no CORS configuration found");
    }
}
