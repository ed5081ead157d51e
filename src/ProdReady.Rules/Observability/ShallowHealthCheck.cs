using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.MlServing;

namespace ProdReady.Rules.Observability;

public sealed partial class ShallowHealthCheck : Rule
{
    private static readonly FrozenSet<string> TrivialNames = FrozenSet.Create(StringComparer.Ordinal,
        "jsonify", "make_response", "dict", "str", "int", "float", "bool", "len", "round", "now", "utcnow", "isoformat", "time",
        "monotonic", "perf_counter", "getenv", "get_settings", "json", "send", "status", "sendStatus", "end", "toISOString",
        "toString", "Date", "uptime", "Ok", "Json", "Text", "format", "strftime", "timestamp", "info", "debug", "gethostname",
        "hostname", "Response", "HttpResponse", "JsonResponse", "JSONResponse", "ORJSONResponse", "PlainTextResponse",
        "Depends", "Query", "Path", "Header", "Body", "Cookie", "Security", "Form", "File");

    private static readonly FrozenSet<string> TrivialReceivers = FrozenSet.Create(StringComparer.Ordinal,
        "os", "datetime", "time", "platform", "socket", "sys", "uuid", "res", "response", "reply", "req", "request", "process",
        "Date", "Math", "JSON", "Results", "TypedResults", "console", "logger", "logging", "log", "json", "settings", "config");

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("OBS004"),
        Name = "shallow-health-check",
        Title = "Health check does not check dependencies",
        Area = Area.Observability,
        Severity = Severity.Low,
        EffortHours = 1,
        Rationale = "A health endpoint that returns a constant reports healthy while the database is down, the cache is unreachable " +
            "or the model failed to load, so the load balancer keeps routing traffic to an instance that can only fail. A liveness " +
            "check may stay cheap, but at least one readiness check should exercise the dependencies.",
        Fix = "Add a readiness endpoint (or extend the health one) that runs a cheap query on each dependency: SELECT 1 through the " +
            "database session, PING on Redis, a presence check of the loaded model; return 503 when one fails. ASP.NET Core: " +
            "AddHealthChecks().AddDbContextCheck<…>(); Django: django-health-check's db and cache plugins.",
        References =
        [
            "https://learn.microsoft.com/aspnet/core/host-and-deploy/health-checks",
            "https://microservices.io/patterns/observability/health-check-api.html",
        ],
        AppliesTo = [Technology.FastApi, Technology.Django, Technology.Flask, Technology.Express],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var routes = HealthRoutes.In(facts).Where(r => !CodePaths.IsTest(r.Span.File)).ToList();
        if (routes.Count == 0)
        {
            return RuleOutcome.Skip("no health route was found");
        }

        if (!HasDependencies(facts))
        {
            return RuleOutcome.Skip("the app has no database, cache or model for a health check to verify");
        }

        var shallow = new List<Violation>();
        foreach (var route in routes)
        {
            var handlers = RouteHandlers.Of(route, facts);
            var calls = handlers.Count > 0
                ? handlers.SelectMany(h => RouteHandlers.CallsIn(h, facts)).ToList()
                : RouteHandlers.CallsInDeclaration(route, facts).ToList();
            if (handlers.Count == 0 && calls.Count == 0)
            {
                continue;
            }

            var check = DependencyCheck(calls, handlers, facts);
            if (check is not null)
            {
                return RuleOutcome.Pass(new Evidence($"health endpoint {RouteHandlers.Describe(route)} in {route.Span} checks a dependency ({check})", route.Span));
            }

            var name = handlers.Count > 0 ? $"{handlers[0].Name}()" : "inline handler";
            shallow.Add(new Violation(route.Span, $"{RouteHandlers.Describe(route)} returns a fixed answer without touching the database, cache or model ({name})"));
        }

        return shallow.Count == 0 ? RuleOutcome.Skip("the health routes' handlers could not be found") : RuleOutcome.Fail([.. shallow]);
    }

    private static bool HasDependencies(RepositoryFacts facts) =>
        facts.HasAny([Technology.SqlAlchemy, Technology.Django, Technology.EfCore])
        || BackingServices.Find(facts).Count > 0
        || facts.Calls.Any(c => ModelLoads.IsLoad(c, facts));

    private static string? DependencyCheck(List<CallFact> calls, IReadOnlyList<FunctionFact> handlers, RepositoryFacts facts)
    {
        var call = calls.FirstOrDefault(c => !IsTrivial(c));
        if (call is not null)
        {
            return $"{call.Callee}()";
        }

        // Stopgap: attribute checks such as `model is not None` are not calls, and no reader fact records them.
        foreach (var handler in handlers)
        {
            var file = facts.Repository.File(handler.Span.File);
            var body = file is null ? string.Empty
                : string.Join('\n', Enumerable.Range(handler.Span.Line, handler.EndLine - handler.Span.Line + 1).Select(file.Line));
            var match = PresenceCheck().Match(body);
            if (match.Success)
            {
                return $"\"{match.Value.Trim()}\"";
            }
        }

        return null;
    }

    private static bool IsTrivial(CallFact call)
    {
        var receiver = call.Callee.Split('.', '(')[0];
        return TrivialNames.Contains(call.Name) || TrivialReceivers.Contains(receiver)
            || call.Name.EndsWith("response", StringComparison.OrdinalIgnoreCase) || call.Name.StartsWith("Health", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\w+(\.\w+)*\s+is\s+(not\s+)?None\b|\w+(\.\w+)*\s*!==?\s*null\b|\.readyState\b")]
    private static partial Regex PresenceCheck();
}
