using System.Collections.Frozen;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed class HttpsRedirectionMissing : Rule
{
    /// <summary>Calls that show an ASP.NET Core request pipeline is built here.</summary>
    private static readonly FrozenSet<string> PipelineCalls = FrozenSet.Create(StringComparer.Ordinal,
        "UseRouting", "UseEndpoints", "MapControllers", "MapRazorPages", "MapControllerRoute", "UseAuthorization", "UseStaticFiles", "MapFallbackToFile");

    private static readonly string[] ConfigExtensions = [".conf", ".yaml", ".yml", ".toml", ".hbs"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU053"),
        Name = "https-redirection-missing",
        Title = "ASP.NET Core app neither redirects to HTTPS nor sends HSTS",
        Area = Area.Security,
        Severity = Severity.Low,
        EffortHours = 0.5,
        Rationale = "Without UseHttpsRedirection() a request that arrives over plain HTTP is served over plain HTTP, and " +
            "without UseHsts() browsers are never told to stop trying HTTP, so a first visit on a hostile network can be " +
            "downgraded and its cookies read. Low because most deployments terminate TLS at a proxy or ingress that may " +
            "already redirect and set HSTS; the code cannot show that, so it is worth a deliberate decision.",
        Fix = "Add `app.UseHttpsRedirection();` and `if (!app.Environment.IsDevelopment()) app.UseHsts();` (behind a " +
            "proxy, also `app.UseForwardedHeaders()` so the original scheme is known), or record that the proxy does both.",
        References =
        [
            "https://learn.microsoft.com/aspnet/core/security/enforcing-ssl",
            "https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Strict_Transport_Security_Cheat_Sheet.html",
        ],
        AppliesTo = [Technology.AspNetCore],
        Examples = HttpsRedirectionExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var calls = context.Facts.Calls.Where(c => c.Language == SourceLanguage.CSharp && FileRoles.IsProduction(c.Span.File)).ToList();
        var https = calls.FirstOrDefault(c => c.Name is "UseHttpsRedirection" or "UseHsts" or "AddHttpsRedirection" or "AddHsts");
        if (https is not null)
        {
            return RuleOutcome.Pass(new Evidence($"{https.Name}() in {https.Span}", https.Span));
        }

        if (ProxyEnforcement(context) is { } proxy)
        {
            return RuleOutcome.Pass(proxy);
        }

        var pipeline = calls.FirstOrDefault(c => PipelineCalls.Contains(c.Name) || c.Is("WebApplication.CreateBuilder") || c.Is("WebApplication.CreateSlimBuilder"));
        if (pipeline is null)
        {
            return RuleOutcome.Skip("no ASP.NET Core request pipeline found");
        }

        return RuleOutcome.Fail([new Violation(null,
            $"the request pipeline ({pipeline.Callee}() in {pipeline.Span.File}) has no HTTPS enforcement: searched for UseHttpsRedirection, " +
            "UseHsts, AddHttpsRedirection and AddHsts, and for proxy configuration setting Strict-Transport-Security or an HTTPS redirect")]);
    }

    /// <summary>A proxy, ingress or load balancer configured in the repository that sends HSTS or redirects to HTTPS
    /// does the app's job. Its configuration comes in many formats (nginx includes, ingress annotations, templates), so
    /// the text of configuration files is searched for the header or the redirect setting.</summary>
    private static Evidence? ProxyEnforcement(AuditContext context)
    {
        string[] markers = ["Strict-Transport-Security", "ssl-redirect", "redirectScheme", "redirect-to-https"];
        var file = context.Repository.Files.FirstOrDefault(f => ConfigExtensions.Any(e => f.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            && FileRoles.IsProduction(f.Path) && markers.Any(m => f.Text.Contains(m, StringComparison.OrdinalIgnoreCase)));
        return file is null ? null : new Evidence($"HTTPS enforced by proxy configuration in {file.Path}");
    }
}
