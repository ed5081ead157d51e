using System.Collections.Frozen;
using System.Globalization;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Python;

/// <summary>Routes (FastAPI, Flask and Django) and start-up calls (<c>uvicorn.run</c>, Flask's <c>app.run</c>,
/// <c>socketio.run</c>) read from calls and decorators already collected.</summary>
internal sealed class PythonFrameworks(SourceFile file, IReadOnlyList<ImportFact> imports, IReadOnlyDictionary<string, CallFact> bound)
{
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        ["get", "post", "put", "delete", "patch", "options", "head", "trace", "route", "api_route", "websocket"]);

    private static readonly FrozenSet<string> DjangoRoutes = FrozenSet.ToFrozenSet(
        ["path", "re_path", "url", "urls.path", "urls.re_path", "django.urls.path", "django.urls.re_path"]);

    public IEnumerable<RouteFact> Routes(IEnumerable<FunctionFact> functions, IEnumerable<CallFact> calls)
    {
        var framework = Imports("fastapi") ? "fastapi" : Imports("flask") ? "flask" : null;
        foreach (var function in functions)
        {
            foreach (var decorator in function.Decorators)
            {
                foreach (var route in DecoratorRoutes(decorator, function.Name, framework))
                {
                    yield return route;
                }
            }
        }

        if (file.Name != "urls.py")
        {
            yield break;
        }

        foreach (var call in calls.Where(c => DjangoRoutes.Contains(c.Callee)))
        {
            if (call.Positional(0) is { Kind: ValueKind.String, Text: { } path } && call.Positional(1) is { } view
                && !view.Raw.StartsWith("include(", StringComparison.Ordinal))
            {
                yield return new RouteFact("django", "ANY", path, view.Raw, call.Span);
            }
        }
    }

    public IEnumerable<EntryPointFact> EntryPoints(IEnumerable<CallFact> calls)
    {
        foreach (var call in calls)
        {
            var receiver = call.Callee.Length > call.Name.Length ? call.Callee[..(call.Callee.Length - call.Name.Length - 1)] : string.Empty;
            var kind = (call.Callee, call.Name) switch
            {
                ("uvicorn.run", _) => UvicornKind(call),
                (_, "run") when BoundTo(receiver, "Flask") || (receiver == "app" && Imports("flask")) || FlaskFactory(receiver) => EntryPointKind.DevelopmentServer,
                (_, "run") when BoundTo(receiver, "SocketIO") || (receiver == "socketio" && Imports("flask_socketio")) => EntryPointKind.DevelopmentServer,
                _ => (EntryPointKind?)null,
            };
            if (kind is { } known)
            {
                var server = call.Callee == "uvicorn.run" ? "uvicorn" : receiver == "socketio" || BoundTo(receiver, "SocketIO") ? "flask-socketio" : "flask";
                yield return new EntryPointFact(known, server, OneLine(call.Span), call.Span);
            }
        }
    }

    private IEnumerable<RouteFact> DecoratorRoutes(CallFact decorator, string handler, string? framework)
    {
        var dot = decorator.Callee.LastIndexOf('.');
        if (dot <= 0 || !Verbs.Contains(decorator.Name))
        {
            yield break;
        }

        var path = decorator.Positional(0) ?? decorator.Keyword("path") ?? decorator.Keyword("rule");
        if (path is not { Kind: ValueKind.String, Text: { } text } || !(text.Length == 0 || text.StartsWith('/')))
        {
            yield break;
        }

        var prefix = Prefix(decorator.Callee[..dot]);
        var verb = decorator.Name;
        var methods = verb switch
        {
            "route" or "api_route" => decorator.Keyword("methods")?.Items.Where(i => i.IsString).Select(i => i.Text!.ToUpperInvariant()).ToList() ?? [],
            "websocket" => ["WEBSOCKET"],
            _ => [verb.ToUpperInvariant()],
        };
        foreach (var method in methods.Count == 0 ? ["GET"] : methods)
        {
            yield return new RouteFact(framework ?? (verb == "route" ? "flask" : "fastapi"), method, prefix + text, handler, decorator.Span);
        }
    }

    private string Prefix(string receiver)
    {
        if (!bound.TryGetValue(receiver, out var call))
        {
            return string.Empty;
        }

        var prefix = call.Name switch
        {
            "APIRouter" => call.Keyword("prefix"),
            "Blueprint" => call.Keyword("url_prefix"),
            _ => null,
        };
        return prefix is { Kind: ValueKind.String, Text: { } text } ? text.TrimEnd('/') : string.Empty;
    }

    private static EntryPointKind UvicornKind(CallFact call)
    {
        if (call.Keyword("reload")?.IsTrue == true)
        {
            return EntryPointKind.DevelopmentServer;
        }

        return call.Keyword("workers") is { Kind: ValueKind.Number, Text: { } workers }
            && int.TryParse(workers, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 1
            ? EntryPointKind.ProductionServer
            : EntryPointKind.Other;
    }

    /// <summary><c>app = create_app()</c>: the application-factory pattern Flask documents; Sanic's <c>run</c> is a
    /// production server, so a file importing sanic is left out.</summary>
    private bool FlaskFactory(string receiver) => (BoundTo(receiver, "create_app") || BoundTo(receiver, "make_app")) && !Imports("sanic");

    private bool BoundTo(string receiver, string callee) => bound.TryGetValue(receiver, out var call) && call.Name == callee;

    private bool Imports(string module) =>
        imports.Any(i => i.Module == module || i.Module.StartsWith(module + ".", StringComparison.Ordinal));

    private string OneLine(SourceSpan span)
    {
        var start = file.Offset(span.Line, span.Column);
        var text = file.Text.Substring(start, Math.Min(span.Length, file.Text.Length - start));
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join(' ', lines).Replace("( ", "(", StringComparison.Ordinal).Replace(", )", ")", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);
    }
}
