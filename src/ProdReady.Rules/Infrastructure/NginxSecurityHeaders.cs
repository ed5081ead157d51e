using ProdReady.Engine.Documents.Nginx;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class NginxSecurityHeaders : Rule
{
    private static readonly string[] OwnIncludes = ["mime.types", "fastcgi_params", "fastcgi.conf", "proxy_params", "uwsgi_params", "scgi_params"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC008"),
        Name = "nginx-security-headers-missing",
        Title = "nginx sends no HSTS or security headers",
        Area = Area.Infrastructure,
        Severity = Severity.Low,
        EffortHours = 0.5,
        Rationale = "Without Strict-Transport-Security a first visit over http can be downgraded and intercepted; without " +
            "X-Content-Type-Options and X-Frame-Options (or a CSP `frame-ancestors`) browsers sniff uploaded files as scripts " +
            "and let other sites frame the application for clickjacking.",
        Fix = "In each TLS server block add `add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;`, " +
            "`add_header X-Content-Type-Options nosniff always;` and `add_header X-Frame-Options DENY always;` (or a " +
            "Content-Security-Policy with `frame-ancestors 'none'`). A location with its own add_header drops the server's: " +
            "repeat them there or use an include.",
        References = ["https://owasp.org/www-project-secure-headers/", "https://nginx.org/en/docs/http/ngx_http_headers_module.html"],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var configs = NginxServers.Configs(context).ToList();
        var servers = configs.SelectMany(c => c.Servers.Where(NginxServers.IsPublic).Where(s => !NginxServers.RedirectsToHttps(s)).Select(s => (Config: c, Server: s))).ToList();
        if (servers.Count == 0)
        {
            return RuleOutcome.Skip("no public nginx server blocks");
        }

        var violations = new List<Violation>();
        foreach (var (config, server) in servers)
        {
            var http = config.Directives.FirstOrDefault(d => d.Name == "http" && d.Children.Contains(server));
            var scope = new[] { server, http }.OfType<NginxDirective>().ToList();
            if (scope.SelectMany(s => s.Directives("include")).Any(i => !OwnIncludes.Any(o => i.ArgumentText.EndsWith(o, StringComparison.Ordinal))))
            {
                continue;
            }

            var headers = Headers(server).Concat(server.Directives("add_header").Any() || http is null ? [] : Headers(http)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var missing = new List<string>();
            if (NginxServers.HasTls(server) && !headers.Contains("Strict-Transport-Security"))
            {
                missing.Add("Strict-Transport-Security");
            }

            if (!headers.Contains("X-Content-Type-Options"))
            {
                missing.Add("X-Content-Type-Options");
            }

            if (!headers.Contains("X-Frame-Options") && !headers.Contains("Content-Security-Policy"))
            {
                missing.Add("X-Frame-Options or Content-Security-Policy");
            }

            if (missing.Count > 0)
            {
                violations.Add(new Violation(server.Span, $"server in {config.Path} does not add {string.Join(", ", missing)}")
                { Severity = missing[0] == "Strict-Transport-Security" ? Severity.Medium : Severity.Low });
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("nginx adds security headers"));
    }

    private static IEnumerable<string> Headers(NginxDirective scope) =>
        scope.Directives("add_header").Concat(scope.Directives("more_set_headers")).Select(d => d.Arguments.FirstOrDefault()?.Text.Split(':')[0] ?? "");
}
