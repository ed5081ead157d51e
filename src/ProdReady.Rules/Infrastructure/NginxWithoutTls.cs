using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class NginxWithoutTls : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC007"),
        Name = "nginx-without-tls",
        Title = "nginx serves without TLS",
        Area = Area.Infrastructure,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "Without TLS, passwords, session cookies and API tokens cross the network in clear text and can be read or " +
            "altered by anyone on the path (public Wi-Fi, a compromised router, the hosting network).",
        Fix = "Add `listen 443 ssl;` with `ssl_certificate` and `ssl_certificate_key` (Let's Encrypt via certbot or acme.sh), " +
            "redirect port 80 with `return 301 https://$host$request_uri;`, and allow only TLS 1.2+. If TLS ends at a load " +
            "balancer or ingress in front of nginx, say so in the deployment docs and disable this rule.",
        References = ["https://nginx.org/en/docs/http/configuring_https_servers.html", "https://ssl-config.mozilla.org/"],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var servers = NginxServers.Public(context).ToList();
        if (servers.Count == 0)
        {
            return RuleOutcome.Skip("no public nginx server blocks");
        }

        var tls = servers.FirstOrDefault(s => NginxServers.HasTls(s.Server));
        if (tls.Server is not null)
        {
            return RuleOutcome.Pass(new Evidence($"nginx TLS listener in {tls.Server.Span}", tls.Server.Span));
        }

        var violations = servers.Where(s => !NginxServers.RedirectsToHttps(s.Server)).Select(s =>
        {
            var listen = s.Server.Directives("listen").FirstOrDefault();
            return new Violation(listen?.Span ?? s.Server.Span, $"server in {s.Config.Path} listens on {listen?.ArgumentText ?? "port 80 (no listen directive)"} without TLS, " +
                "and no server block in the repository's nginx configuration listens with ssl");
        }).ToList();
        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Skip("every plain-HTTP server redirects to https");
    }
}
