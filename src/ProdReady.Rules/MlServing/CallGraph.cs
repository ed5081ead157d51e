using ProdReady.Engine.Facts;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.MlServing;

/// <summary>Who calls a Python function, resolved by name: a bare call in the same file, a call through an import of
/// the function or its module, or a method call through any receiver. Constructors are reached by calling the class.
/// Name resolution is approximate, so callers are only used to ask where a function runs, never to report a call.</summary>
internal sealed class CallGraph(RepositoryFacts facts)
{
    private const int MaxDepth = 6;

    /// <summary>The functions that call <paramref name="function"/>; null stands for module level.</summary>
    public IEnumerable<FunctionFact?> CallersOf(FunctionFact function)
    {
        var name = function.Name == "__init__" && function.ClassName is { } type ? type : function.Name;
        var stem = Path.GetFileNameWithoutExtension(function.Span.File);
        foreach (var call in facts.CallsNamed(name).Where(c => c.Language == SourceLanguage.Python && CodePaths.IsApplication(c.Span.File)))
        {
            var caller = facts.FunctionAt(call.Span);
            if (caller == function || !Resolves(call, function, stem))
            {
                continue;
            }

            yield return caller;
        }
    }

    /// <summary>True when some chain of callers from <paramref name="function"/> reaches a function matching
    /// <paramref name="root"/> (or module level, when <paramref name="moduleLevelCounts"/>).</summary>
    public bool Reaches(FunctionFact function, Func<FunctionFact, bool> root, bool moduleLevelCounts)
    {
        var seen = new HashSet<FunctionFact>();
        var frontier = new List<FunctionFact> { function };
        for (var depth = 0; depth <= MaxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<FunctionFact>();
            foreach (var current in frontier.Where(seen.Add))
            {
                if (root(current))
                {
                    return true;
                }

                foreach (var caller in CallersOf(current))
                {
                    if (caller is null)
                    {
                        if (moduleLevelCounts)
                        {
                            return true;
                        }

                        continue;
                    }

                    next.Add(caller);
                }
            }

            frontier = next;
        }

        return false;
    }

    private bool Resolves(CallFact call, FunctionFact function, string stem)
    {
        var receiver = call.Callee.Length > call.Name.Length ? call.Callee[..(call.Callee.Length - call.Name.Length - 1)] : null;
        if (function.ClassName is not null && function.Name != "__init__")
        {
            return receiver is not null || call.Span.File == function.Span.File;
        }

        if (call.Span.File == function.Span.File)
        {
            return receiver is null;
        }

        var imports = facts.ImportsIn(call.Span.File).ToList();
        return receiver is null
            ? imports.Any(i => i.Names.Contains(call.Name))
            : imports.Any(i => i.Module == stem || i.Module.EndsWith("." + stem, StringComparison.Ordinal) || i.Names.Contains(receiver));
    }
}
