using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class NginxServerTokens : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC009"),
        Name = "nginx-server-tokens",
        Title = "nginx announces its version",
        Area = Area.Infrastructure,
        Severity = Severity.Low,
        EffortHours = 0.25,
        Rationale = "With server_tokens on (the default) every response and error page names the exact nginx version, " +
            "telling scanners which known vulnerabilities to try.",
        Fix = "Add `server_tokens off;` in the `http` block (or in each server block when only site files are in the repository).",
        References = ["https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens"],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var configs = NginxServers.Configs(context).Where(c => c.Servers.Any() || c.Directives.Any(d => d.Name == "http")).ToList();
        if (configs.Count == 0)
        {
            return RuleOutcome.Skip("no nginx http or server configuration");
        }

        var tokens = configs.SelectMany(c => c.All).Where(d => d.Name == "server_tokens").ToList();
        var on = tokens.Where(t => t.Arguments.FirstOrDefault()?.Text == "on").ToList();
        if (on.Count > 0)
        {
            return RuleOutcome.Fail([.. on.Select(t => new Violation(t.Span, "server_tokens on: responses name the nginx version"))]);
        }

        if (tokens.Count > 0)
        {
            return RuleOutcome.Pass(new Evidence($"server_tokens {tokens[0].ArgumentText} in {tokens[0].Span}", tokens[0].Span));
        }

        var first = configs[0].Directives.FirstOrDefault(d => d.Name == "http") ?? configs[0].Servers.First();
        return RuleOutcome.Fail(new Violation(first.Span, $"no server_tokens off in {string.Join(", ", configs.Select(c => c.Path))}: nginx names its version by default"));
    }
}
