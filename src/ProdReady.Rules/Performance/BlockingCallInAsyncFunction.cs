using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.MlServing;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Performance;

public sealed partial class BlockingCallInAsyncFunction : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("PRF020"),
        Name = "blocking-call-in-async-function",
        Title = "Blocking call inside an async function",
        Area = Area.Performance,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "An async FastAPI or Starlette app serves every request on one event loop per worker. A blocking call inside " +
            "an `async def` (a `requests` call, `time.sleep`, a synchronous database driver, loading a model from disk) stops " +
            "that loop: every other request on the worker waits until it returns, so one slow upstream or model load stalls the " +
            "whole service and latency grows with load.",
        Fix = "Use the async equivalent (httpx.AsyncClient, asyncio.sleep, asyncpg/aiomysql or SQLAlchemy's AsyncSession), or " +
            "declare the route with plain `def` so FastAPI runs it in its thread pool, or move the blocking work off the loop with " +
            "`await asyncio.to_thread(...)` / `await run_in_threadpool(...)`. Load models once at startup.",
        References =
        [
            "https://fastapi.tiangolo.com/async/#very-technical-details",
            "https://docs.python.org/3/library/asyncio-dev.html#running-blocking-code",
        ],
        AppliesTo = [Technology.FastApi],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var asyncFunctions = facts.Functions
            .Where(f => f.IsAsync && f.Language == SourceLanguage.Python && CodePaths.IsApplication(f.Span.File))
            .ToList();
        if (asyncFunctions.Count == 0)
        {
            return RuleOutcome.Skip("no async function in the application's Python code");
        }

        var violations = new List<Violation>();
        foreach (var call in facts.Calls.Where(c => c.InAsyncFunction && c.Language == SourceLanguage.Python && CodePaths.IsApplication(c.Span.File)))
        {
            if (facts.FunctionAt(call.Span) is not { IsAsync: true } function)
            {
                continue;
            }

            if (BlockingCalls.Describe(call, facts) is { } what)
            {
                violations.Add(new Violation(call.Span, $"{call.Callee}() {what} inside async {function.Name}(): it blocks the event loop"));
            }
            else if (BlockingHelper(call, facts) is { } helper)
            {
                violations.Add(new Violation(call.Span,
                    $"{call.Callee}() runs {helper.Callee}() ({helper.Span}) synchronously inside async {function.Name}(): it blocks the event loop"));
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        var offloaded = facts.Calls.FirstOrDefault(c => c.Language == SourceLanguage.Python && CodePaths.IsApplication(c.Span.File) && BlockingCalls.IsOffload(c));
        return RuleOutcome.Pass(offloaded is not null
            ? new Evidence($"blocking work moved off the event loop with {offloaded.Callee}() in {offloaded.Span}", offloaded.Span)
            : new Evidence($"no blocking call in the {asyncFunctions.Count} async functions of the application"));
    }

    /// <summary>A call to a synchronous function of this repository that itself loads a model or makes a blocking call:
    /// one level deep, because deeper chains are resolved too loosely to report.</summary>
    private static CallFact? BlockingHelper(CallFact call, RepositoryFacts facts)
    {
        var target = Resolve(call, facts);
        if (target is null || target.IsAsync)
        {
            return null;
        }

        return RouteHandlers.CallsIn(target, facts)
            .FirstOrDefault(inner => facts.FunctionAt(inner.Span) == target && (ModelLoads.IsLoad(inner, facts) || BlockingCalls.Describe(inner, facts) is not null));
    }

    private static FunctionFact? Resolve(CallFact call, RepositoryFacts facts)
    {
        if (call.Callee.Contains('.'))
        {
            return null;
        }

        var local = facts.FunctionsIn(call.Span.File).FirstOrDefault(f => f.Name == call.Name && f.ClassName is null);
        if (local is not null)
        {
            return local;
        }

        var import = facts.ImportsIn(call.Span.File).FirstOrDefault(i => i.Names.Contains(call.Name));
        if (import is null)
        {
            return null;
        }

        var stem = import.Module[(import.Module.LastIndexOf('.') + 1)..];
        return facts.Functions.FirstOrDefault(f => f.Name == call.Name && f.ClassName is null && f.Language == SourceLanguage.Python
            && Path.GetFileNameWithoutExtension(f.Span.File) == stem);
    }
}
