using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.MlServing;

public sealed partial class ModelLoadedPerRequest : Rule
{
    private static readonly string[] CacheDecorators = ["lru_cache", "cache", "cached", "cached_property"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("ML001"),
        Name = "model-loaded-per-request",
        Title = "Model loaded while serving requests",
        Area = Area.MlServing,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "Deserialising a model takes from milliseconds to many seconds and a lot of memory. Loading it inside a request " +
            "handler repeats that on every call; loading it lazily makes the first requests after each deploy or restart slow, " +
            "lets concurrent first requests load it twice, and hides a missing or corrupt model file until traffic arrives.",
        Fix = "Load the model once at startup: at module level, in FastAPI's lifespan (store it on app.state), in a Flask app " +
            "factory, or in Django's AppConfig.ready(); or wrap the loader in functools.lru_cache and call it during startup. " +
            "Fail startup (and the readiness check) when the model cannot be loaded.",
        References =
        [
            "https://fastapi.tiangolo.com/advanced/events/",
            "https://docs.python.org/3/library/functools.html#functools.lru_cache",
        ],
        AppliesTo = [Technology.FastApi, Technology.Flask, Technology.Django],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var scripts = PythonScripts.Find(facts);
        var loads = facts.Calls.Where(c => CodePaths.IsApplication(c.Span.File) && !scripts.Contains(c.Span.File) && ModelLoads.IsLoad(c, facts)).ToList();
        if (loads.Count == 0)
        {
            return RuleOutcome.Skip("no model loading call was found in application code");
        }

        var routes = facts.Routes.SelectMany(r => RouteHandlers.Of(r, facts).Select(h => (Handler: h, Route: r)))
            .GroupBy(p => p.Handler).ToDictionary(g => g.Key, g => g.First().Route);
        var graph = new CallGraph(facts);
        var startup = new StartupFunctions(facts);
        var violations = new List<Violation>();
        Evidence? evidence = null;
        foreach (var load in loads)
        {
            var function = facts.FunctionAt(load.Span);
            if (function is null || startup.IsStartup(function) || IsCached(function))
            {
                evidence ??= new Evidence($"{load.Callee}() runs once at startup ({Where(function)}, {load.Span})", load.Span);
                continue;
            }

            var lazy = IsLazy(function, facts);
            var warmed = graph.Reaches(function, startup.IsStartup, moduleLevelCounts: true);
            if (lazy && warmed)
            {
                evidence ??= new Evidence($"{load.Callee}() in {function.Name}() runs when {function.Name}() is first called, at startup ({load.Span})", load.Span);
                continue;
            }

            if (routes.TryGetValue(function, out var route) && !lazy)
            {
                violations.Add(new Violation(load.Span,
                    $"{load.Callee}() runs inside {function.Name}(), which serves {RouteHandlers.Describe(route)}: the model is loaded on every request"));
                continue;
            }

            var served = graph.Reaches(function, routes.ContainsKey, moduleLevelCounts: false) || startup.IsInjected(function);
            if (served)
            {
                violations.Add(new Violation(load.Span, lazy
                    ? $"{load.Callee}() in {function.Name}() is lazy: the model is loaded on the first request that needs it, not at startup"
                    : $"{load.Callee}() in {function.Name}() runs on every request: {function.Name}() is called while serving a route"));
            }
            else if (warmed)
            {
                evidence ??= new Evidence($"{load.Callee}() in {function.Name}() runs at startup, where {function.Name}() is called ({load.Span})", load.Span);
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence is null ? RuleOutcome.Skip("no model load runs while serving requests or at startup") : RuleOutcome.Pass(evidence);
    }

    private static string Where(FunctionFact? function) => function is null ? "module level" : $"in {function.Name}()";

    private static bool IsCached(FunctionFact function) => function.Decorators.Any(d => CacheDecorators.Contains(d.Name));

    /// <summary>Stopgap: no reader fact records `global _model` or `if _model is None`, so the loader's lines are read.</summary>
    private static bool IsLazy(FunctionFact function, RepositoryFacts facts)
    {
        var file = facts.Repository.File(function.Span.File);
        if (file is null)
        {
            return false;
        }

        var body = string.Join('\n', Enumerable.Range(function.Span.Line, function.EndLine - function.Span.Line + 1).Select(file.Line));
        return LazyGuard().IsMatch(body);
    }

    [GeneratedRegex(@"\bis\s+None\b|==\s*None\b|\bif\s+not\s+[\w.]+\s*:|\bglobal\s+\w+|\bhasattr\(\s*(self|cls)\b|\bnot\s+in\s+[\w.]*cache")]
    private static partial Regex LazyGuard();
}
