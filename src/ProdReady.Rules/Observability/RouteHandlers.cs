using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Observability;

/// <summary>Finds the functions that serve a route: the decorated function (FastAPI, Flask), the named view
/// (Django, Express controllers), the methods of a class-based view, or an inline handler on the route's line.</summary>
internal static class RouteHandlers
{
    private static readonly string[] ViewMethods = ["get", "post", "put", "patch", "delete", "head", "options"];

    public static IReadOnlyList<FunctionFact> Of(RouteFact route, RepositoryFacts facts)
    {
        var inFile = facts.FunctionsIn(route.Span.File).ToList();
        var decorated = inFile.FirstOrDefault(f => f.Decorators.Any(d => d.Span.Line == route.Span.Line));
        if (decorated is not null)
        {
            return [decorated];
        }

        if (route.Handler is { Length: > 0 } handler)
        {
            var found = Named(handler, route, inFile, facts);
            if (found.Count > 0)
            {
                return found;
            }
        }

        var inline = inFile.FirstOrDefault(f => f.Span.Line == route.Span.Line && f.Span.Column > route.Span.Column);
        return inline is null ? [] : [inline];
    }

    /// <summary>"GET /health", or just the path when any method is served (Django).</summary>
    public static string Describe(RouteFact route) => route.Method == "ANY" ? route.Path : $"{route.Method} {route.Path}";

    /// <summary>Every function that serves some route.</summary>
    public static IReadOnlySet<FunctionFact> All(RepositoryFacts facts) =>
        facts.Routes.SelectMany(r => Of(r, facts)).ToHashSet();

    /// <summary>The calls made inside <paramref name="function"/>: not its decorators, nor a call that starts before it
    /// on its first line (the <c>app.get(…)</c> an inline handler is passed to).</summary>
    public static IEnumerable<CallFact> CallsIn(FunctionFact function, RepositoryFacts facts)
    {
        var decorators = function.Decorators.Select(d => d.Span).ToHashSet();
        return facts.CallsIn(function.Span.File).Where(c => function.Contains(c.Span) && !decorators.Contains(c.Span)
            && !(c.Span.Line == function.Span.Line && c.Span.Column < function.Span.Column));
    }

    /// <summary>The calls inside the route declaration itself (an inline handler: <c>app.get("/x", (req, res) => …)</c>),
    /// found by character range because anonymous functions are not function facts.</summary>
    public static IEnumerable<CallFact> CallsInDeclaration(RouteFact route, RepositoryFacts facts)
    {
        var file = facts.Repository.File(route.Span.File);
        if (file is null || route.Span.Length == 0)
        {
            return [];
        }

        var start = file.Offset(route.Span.Line, route.Span.Column);
        var end = start + route.Span.Length;
        return facts.CallsIn(route.Span.File).Where(c => c.Span != route.Span
            && file.Offset(c.Span.Line, c.Span.Column) is var offset && offset > start && offset < end);
    }

    private static List<FunctionFact> Named(string handler, RouteFact route, List<FunctionFact> inFile, RepositoryFacts facts)
    {
        var text = handler.Trim();
        var classView = text.EndsWith(".as_view()", StringComparison.Ordinal) || text.EndsWith(".as_view", StringComparison.Ordinal);
        if (classView)
        {
            var className = LastSegment(text[..text.LastIndexOf(".as_view", StringComparison.Ordinal)]);
            return [.. facts.Functions.Where(f => f.ClassName == className && ViewMethods.Contains(f.Name))];
        }

        var name = LastSegment(text);
        var local = inFile.Where(f => f.Name == name && f.Span.Line != route.Span.Line).ToList();
        if (local.Count > 0)
        {
            return local;
        }

        var elsewhere = facts.Functions.Where(f => f.Name == name && SameLanguageFamily(f.Language, route.Span.File)).ToList();
        return elsewhere.Count == 1 ? elsewhere : [];
    }

    private static bool SameLanguageFamily(SourceLanguage language, string routeFile) =>
        routeFile.EndsWith(".py", StringComparison.Ordinal) ? language == SourceLanguage.Python
        : routeFile.EndsWith(".cs", StringComparison.Ordinal) ? language == SourceLanguage.CSharp
        : language is SourceLanguage.JavaScript or SourceLanguage.TypeScript;

    private static string LastSegment(string dotted)
    {
        var text = dotted.EndsWith("()", StringComparison.Ordinal) ? dotted[..^2] : dotted;
        return text[(text.LastIndexOf('.') + 1)..];
    }
}
