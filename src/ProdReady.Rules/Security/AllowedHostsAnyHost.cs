using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed class AllowedHostsAnyHost : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU054"),
        Name = "aspnet-allowed-hosts-any",
        Title = "ASP.NET Core accepts requests for any Host header",
        Area = Area.Security,
        Severity = Severity.Low,
        EffortHours = 0.25,
        Rationale = "With \"AllowedHosts\": \"*\" the host filtering middleware lets every Host header through, so links the " +
            "app builds from the request (password-reset and confirmation e-mails, redirects, absolute URLs) can be made to " +
            "point at an attacker's domain, and cached pages can be poisoned. Low because a proxy or ingress that only routes " +
            "the real host names may already filter; the template default leaves the decision unmade.",
        Fix = "List the host names the app serves in the production configuration: \"AllowedHosts\": \"shop.example.com;www.shop.example.com\" " +
            "in appsettings.Production.json or the AllowedHosts environment variable.",
        References =
        [
            "https://learn.microsoft.com/aspnet/core/fundamentals/servers/kestrel/host-filtering",
            "https://portswigger.net/web-security/host-header",
        ],
        AppliesTo = [Technology.AspNetCore],
        Examples = AllowedHostsExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var hosts = facts.SettingsNamed("AllowedHosts")
            .Where(s => s.Origin == SettingOrigin.Json && s.Scope.Length == 0 && FileRoles.IsProduction(s.File) && FileRoles.IsDeployedAppSettings(s.File))
            .ToList();
        if (hosts.Count == 0)
        {
            return RuleOutcome.Skip("no AllowedHosts in the deployed appsettings files");
        }

        var provided = ProvidedVariables.Read(facts);
        if (provided.Names.Contains("AllowedHosts"))
        {
            return RuleOutcome.Pass(new Evidence("AllowedHosts is set by the deployment's environment"));
        }

        var violations = hosts.Where(s => IsAny(s) && !OverriddenBeside(hosts, s))
            .Select(s => new Violation(s.Span, $"AllowedHosts is \"*\" in {s.File} and no production file narrows it: any Host header is accepted"))
            .ToArray();
        if (violations.Length > 0)
        {
            return RuleOutcome.Fail(violations);
        }

        var named = hosts.FirstOrDefault(s => !IsAny(s)) ?? hosts[0];
        return RuleOutcome.Pass(new Evidence($"AllowedHosts names the served hosts ({named.Value.Text}) in {named.File}", named.Span));
    }

    private static bool IsAny(SettingFact setting) =>
        setting.Value.Text is { } text && text.Split(';').Any(h => h.Trim() == "*");

    /// <summary>appsettings.Production.json (or Staging) beside an appsettings.json with "*" that names real hosts.</summary>
    private static bool OverriddenBeside(List<SettingFact> hosts, SettingFact setting)
    {
        var directory = setting.File.Contains('/') ? setting.File[..(setting.File.LastIndexOf('/') + 1)] : "";
        return hosts.Any(o => o != setting && !IsAny(o) && o.File.StartsWith(directory, StringComparison.Ordinal)
            && !o.File[directory.Length..].Contains('/'));
    }
}
