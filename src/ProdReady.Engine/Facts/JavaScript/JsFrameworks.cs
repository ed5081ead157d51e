using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Express-style routes (<c>app.get('/x', handler)</c>) and <c>app.listen(…)</c> start-up calls.
/// A route needs a server framework import or a receiver named like one (app, router, server), and a handler
/// last, so client calls such as <c>axios.get("/api", { … })</c> are not taken for routes.</summary>
internal sealed class JsFrameworks(IReadOnlyList<ImportFact> imports, IReadOnlyDictionary<CallFact, CallFact> receivers, Func<SourceSpan, string> text)
{
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(["get", "post", "put", "delete", "patch", "options", "head", "all"]);

    private static readonly FrozenSet<string> Servers = FrozenSet.ToFrozenSet(["express", "fastify", "koa", "@koa/router", "koa-router", "hono", "restify", "polka"]);

    private static readonly FrozenSet<string> Clients = FrozenSet.ToFrozenSet(["axios", "http", "https", "fetch", "request", "superagent", "got", "ky", "client", "api"]);

    public IEnumerable<RouteFact> Routes(IEnumerable<CallFact> calls)
    {
        var server = imports.Select(i => i.Module).FirstOrDefault(Servers.Contains);
        var framework = server switch
        {
            null or "express" => "express",
            "@koa/router" or "koa-router" => "koa",
            _ => server,
        };
        foreach (var call in calls)
        {
            var dot = call.Callee.LastIndexOf('.');
            var routed = RoutePath(call);
            var path = routed ?? (call.Positional(0) is { Kind: ValueKind.String, Text: { } text } ? text : null);
            if (dot <= 0 || !Verbs.Contains(call.Name) || call.Arguments.Length < (routed is null ? 2 : 1)
                || path is null || !(path.StartsWith('/') || path == "*"))
            {
                continue;
            }

            var receiver = call.Callee[..dot];
            var root = receiver.Split('.')[0];
            var handler = call.Arguments[^1].Value;
            if (Clients.Contains(root) || handler.Kind != ValueKind.Expression || !(server is not null || LooksLikeServer(root) || LooksLikeServer(receiver)))
            {
                continue;
            }

            var method = call.Name == "all" ? "ANY" : call.Name.ToUpperInvariant();
            yield return new RouteFact(framework, method, path, IsDottedName(handler.Raw) ? handler.Raw : null, call.Span);
        }
    }

    public IEnumerable<EntryPointFact> EntryPoints(IEnumerable<CallFact> calls) =>
        calls.Where(c => c.Name == "listen" && c.Callee.Contains('.'))
            .Select(c => new EntryPointFact(EntryPointKind.Other, "node", text(c.Span), c.Span));

    /// <summary>The path of <c>router.route("/x")</c> when the call is chained on it, directly or after other verbs.</summary>
    private string? RoutePath(CallFact call)
    {
        for (var inner = receivers.GetValueOrDefault(call); inner is not null; inner = receivers.GetValueOrDefault(inner))
        {
            if (inner.Name == "route")
            {
                return inner.Positional(0) is { Kind: ValueKind.String, Text: { } path } ? path : null;
            }

            if (!Verbs.Contains(inner.Name))
            {
                return null;
            }
        }

        return null;
    }

    private static bool LooksLikeServer(string receiver)
    {
        var last = receiver[(receiver.LastIndexOf('.') + 1)..];
        return last is "app" or "server" or "router" or "routes" || last.EndsWith("Router", StringComparison.Ordinal)
            || last.EndsWith("router", StringComparison.Ordinal) || last.EndsWith("App", StringComparison.Ordinal);
    }

    private static bool IsDottedName(string raw) =>
        raw.Length > 0 && raw.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] is '_' or '$')
            && part.All(c => char.IsLetterOrDigit(c) || c is '_' or '$'));
}
