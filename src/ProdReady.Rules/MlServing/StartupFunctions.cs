using ProdReady.Engine.Facts;

namespace ProdReady.Rules.MlServing;

/// <summary>Python functions that run once when the app starts (FastAPI lifespan and startup handlers, Flask app
/// factories, Django AppConfig.ready, Celery worker init signals), and functions FastAPI runs per request through
/// <c>Depends(...)</c>.</summary>
internal sealed class StartupFunctions(RepositoryFacts facts)
{
    private static readonly string[] StartupNames = ["lifespan", "startup", "on_startup", "startup_event", "create_app", "init_app"];

    private readonly HashSet<string> _registered = facts.Calls.SelectMany(RegisteredHandlers).ToHashSet(StringComparer.Ordinal);

    private readonly HashSet<string> _injected = facts.Calls
        .Where(c => c.Name == "Depends")
        .Select(c => c.Positional(0)?.Raw)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);

    public bool IsStartup(FunctionFact function)
    {
        if (function.Language != SourceLanguage.Python)
        {
            return false;
        }

        if (StartupNames.Contains(function.Name) || _registered.Contains(function.Name))
        {
            return true;
        }

        if (function.Name == "ready" && function.ClassName is { } type && facts.Classes.Any(c => c.Name == type && c.Inherits("AppConfig")))
        {
            return true;
        }

        return function.Decorators.Any(d =>
            (d.Name == "on_event" && d.Positional(0)?.EffectiveString == "startup")
            || d.Name is "before_first_request" or "on_startup"
            || d.Callee.Contains("worker_process_init", StringComparison.Ordinal) || d.Callee.Contains("worker_init", StringComparison.Ordinal));
    }

    /// <summary>FastAPI(lifespan=f), FastAPI(on_startup=[f]) and app.add_event_handler("startup", f) name startup code.</summary>
    private static IEnumerable<string> RegisteredHandlers(CallFact call)
    {
        if (call.Keyword("lifespan") is { } lifespan)
        {
            yield return lifespan.Raw;
        }

        foreach (var item in call.Keyword("on_startup")?.Items ?? [])
        {
            yield return item.Raw;
        }

        if (call.Name == "add_event_handler" && call.Positional(0)?.EffectiveString == "startup" && call.Positional(1) is { } handler)
        {
            yield return handler.Raw;
        }
    }

    /// <summary>FastAPI calls a dependency on every request that declares it.</summary>
    public bool IsInjected(FunctionFact function) => _injected.Contains(function.Name);
}
