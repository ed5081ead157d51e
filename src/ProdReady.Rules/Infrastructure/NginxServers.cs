using ProdReady.Engine.Documents.Nginx;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

/// <summary>nginx server blocks that face clients: not bound to loopback or a Unix socket.</summary>
internal static class NginxServers
{
    public static IEnumerable<NginxConfig> Configs(AuditContext context) => context.Facts.Nginx.Where(c => InfrastructurePaths.IsAudited(c.Path));

    public static IEnumerable<(NginxConfig Config, NginxDirective Server)> Public(AuditContext context) =>
        Configs(context).SelectMany(c => c.Servers.Where(IsPublic).Select(s => (c, s)));

    public static bool IsPublic(NginxDirective server)
    {
        var listens = server.Directives("listen").ToList();
        return listens.Count == 0 || listens.Any(l => l.Arguments.Length > 0 && !l.Arguments[0].Text.StartsWith("127.", StringComparison.Ordinal)
            && !l.Arguments[0].Text.StartsWith("localhost", StringComparison.Ordinal) && !l.Arguments[0].Text.StartsWith("unix:", StringComparison.Ordinal)
            && !l.Arguments[0].Text.StartsWith("[::1]", StringComparison.Ordinal));
    }

    public static bool HasTls(NginxDirective server) =>
        server.Directives("listen").Any(l => l.Arguments.Any(a => a.Text is "ssl" or "quic" or "http3"))
        || server.Directives("ssl").Any(d => d.Arguments.FirstOrDefault()?.Text == "on");

    /// <summary>Redirects every request to https, so it needs no TLS of its own.</summary>
    public static bool RedirectsToHttps(NginxDirective server) =>
        server.Descendants().Any(d => d.Name is "return" or "rewrite" && d.Arguments.Any(a => a.Text.StartsWith("https://", StringComparison.Ordinal)));
}
