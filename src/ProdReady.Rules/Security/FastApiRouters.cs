using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

/// <summary>The FastAPI routers of a repository (module-level <c>x = APIRouter(...)</c> and <c>x = FastAPI(...)</c>) and
/// how they are mounted: an authentication dependency on a router, or on any <c>include_router</c> call on the way
/// down to it, guards every route it holds; a router mounted under <c>if settings.ENVIRONMENT == "local":</c> is not
/// part of the deployed API. Imports are followed (<c>from a.b import router as b_router</c>, <c>module.router</c>).</summary>
internal sealed partial class FastApiRouters
{
    private readonly HashSet<RouterKey> _mounted;
    private readonly Dictionary<RouterKey, string> _guarded;
    private readonly HashSet<RouterKey> _developmentOnly;

    private FastApiRouters(HashSet<RouterKey> mounted, Dictionary<RouterKey, string> guarded, HashSet<RouterKey> developmentOnly, string? unresolved)
    {
        _mounted = mounted;
        _guarded = guarded;
        _developmentOnly = developmentOnly;
        Unresolved = unresolved;
    }

    /// <summary>A guarded <c>include_router</c> whose router could not be found: which routes it guards is unknown.</summary>
    public string? Unresolved { get; }

    public static FastApiRouters Read(AuditContext context)
    {
        var facts = context.Facts;
        var definitions = facts.Settings
            .Where(s => s.Origin == SettingOrigin.PythonModule && s.Scope.Length == 0 && RouterConstructor().IsMatch(s.Value.Raw))
            .ToList();
        var known = definitions.Select(s => new RouterKey(s.Span.File, s.Name)).ToHashSet();
        var guarded = new Dictionary<RouterKey, string>();
        foreach (var definition in definitions)
        {
            if (GuardsIn(definition.Value.Raw) is { } name)
            {
                guarded.TryAdd(new RouterKey(definition.Span.File, definition.Name), $"its router depends on {name} in {definition.Span}");
            }
        }

        var developmentOnly = new HashSet<RouterKey>();
        var edges = new List<(RouterKey Parent, RouterKey Child, string? Guard, bool Development)>();
        string? unresolved = null;
        foreach (var call in facts.Calls.Where(c => c.Language == SourceLanguage.Python && c.Name == "include_router" && c.Callee.Contains('.')))
        {
            if (call.Positional(0)?.Raw is not { } reference)
            {
                continue;
            }

            var guard = call.Keyword("dependencies") is { } d && GuardsIn(d.Raw) is { } name ? $"{name} on include_router in {call.Span}" : null;
            var development = context.Repository.File(call.Span.File)?.Text is { } text && InDevelopmentBranch(text, call.Span.Line);
            var children = Resolve(reference.Trim(), call.Span.File, facts, known).ToList();
            if (children.Count == 0 && guard is not null)
            {
                unresolved ??= $"include_router({reference}) in {call.Span} requires authentication, and its router could not be found";
            }

            var parent = new RouterKey(call.Span.File, call.Callee[..call.Callee.LastIndexOf('.')]);
            edges.AddRange(children.Select(child => (parent, child, guard, development)));
        }

        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (parent, child, guard, development) in edges)
            {
                if (!guarded.ContainsKey(child) && (guard ?? guarded.GetValueOrDefault(parent)) is { } reason)
                {
                    guarded[child] = guard is null ? reason : $"its router is mounted with {reason}";
                    changed = true;
                }

                if ((development || developmentOnly.Contains(parent)) && developmentOnly.Add(child))
                {
                    changed = true;
                }
            }
        }

        var mounted = definitions.Where(s => AppConstructor().IsMatch(s.Value.Raw)).Select(s => new RouterKey(s.Span.File, s.Name))
            .Concat(edges.Select(e => e.Child)).ToHashSet();
        return new FastApiRouters(mounted, guarded, developmentOnly, unresolved);
    }

    /// <summary>Whether the route is declared on the app or on a router seen mounted by <c>include_router</c>; a router
    /// mounted some other way (a plugin registry, a loop) may be guarded where this cannot see.</summary>
    public bool IsMounted(RouteFact route, CallFact? decorator) => Router(route, decorator) is { } key && _mounted.Contains(key);

    public string? GuardOf(RouteFact route, CallFact? decorator) =>
        Router(route, decorator) is { } key ? _guarded.GetValueOrDefault(key) : null;

    public bool IsDevelopmentOnly(RouteFact route, CallFact? decorator) =>
        Router(route, decorator) is { } key && _developmentOnly.Contains(key);

    /// <summary>The first authentication dependency named in code: <c>Depends(get_current_user)</c>,
    /// <c>Security(oauth2_scheme, scopes=[...])</c>.</summary>
    public static string? GuardsIn(string code) =>
        Dependency().Matches(code).Select(m => m.Groups[1].Value).FirstOrDefault(AuthName().IsMatch);

    private static RouterKey? Router(RouteFact route, CallFact? decorator) =>
        decorator is { } call && call.Callee.LastIndexOf('.') is > 0 and var dot ? new RouterKey(route.Span.File, call.Callee[..dot]) : null;

    private static IEnumerable<RouterKey> Resolve(string reference, string file, RepositoryFacts facts, HashSet<RouterKey> known)
    {
        var dot = reference.LastIndexOf('.');
        if (dot < 0)
        {
            if (known.Contains(new RouterKey(file, reference)))
            {
                return [new RouterKey(file, reference)];
            }

            return facts.ImportsIn(file).Where(i => i.Imported(reference) is not null)
                .SelectMany(i => ModuleFiles(i.Module, file, known).Select(f => new RouterKey(f, i.Imported(reference)!)))
                .Where(known.Contains);
        }

        var head = reference[..dot];
        var name = reference[(dot + 1)..];
        var module = facts.ImportsIn(file).FirstOrDefault(i => i.Imported(head) is not null) is { } import
            ? $"{import.Module.TrimEnd('.')}{(import.Module.EndsWith('.') ? "" : ".")}{import.Imported(head)}"
            : head;
        return ModuleFiles(module, file, known).Select(f => new RouterKey(f, name)).Where(known.Contains);
    }

    /// <summary>Files a module name can mean: <c>app.api.items</c> is <c>…/app/api/items.py</c> or its package's
    /// <c>__init__.py</c>; a relative <c>.items</c> is looked up beside the importing file.</summary>
    private static IEnumerable<string> ModuleFiles(string module, string importingFile, HashSet<RouterKey> known)
    {
        var level = module.TakeWhile(c => c == '.').Count();
        var path = module[level..].Replace('.', '/');
        if (level > 0)
        {
            var directory = System.IO.Path.GetDirectoryName(importingFile)?.Replace('\\', '/') ?? "";
            for (var up = 1; up < level && directory.Length > 0; up++)
            {
                directory = System.IO.Path.GetDirectoryName(directory)?.Replace('\\', '/') ?? "";
            }

            path = directory.Length == 0 ? path : path.Length == 0 ? directory : $"{directory}/{path}";
        }

        return known.Select(k => k.File).Distinct().Where(f => Names(f, path));
    }

    private static bool Names(string file, string modulePath)
    {
        var stem = file.EndsWith("/__init__.py", StringComparison.Ordinal) ? file[..^"/__init__.py".Length] : file[..^System.IO.Path.GetExtension(file).Length];
        return modulePath.Length > 0 && (stem == modulePath || stem.EndsWith("/" + modulePath, StringComparison.Ordinal));
    }

    /// <summary>Whether the line opening the block that holds <paramref name="line"/> tests for a local or development
    /// environment. No statement-level fact carries the condition, so it is read from the source line.</summary>
    private static bool InDevelopmentBranch(string text, int line)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return false;
        }

        var indent = Indent(lines[line - 1]);
        for (var i = line - 2; i >= 0 && indent > 0; i--)
        {
            if (lines[i].Trim().Length > 0 && Indent(lines[i]) < indent)
            {
                return DevelopmentCondition().IsMatch(lines[i]);
            }
        }

        return false;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ', '\t').Length;

    private readonly record struct RouterKey(string File, string Name);

    [GeneratedRegex(@"^(?:fastapi\.)?(?:APIRouter|FastAPI)\(")]
    private static partial Regex RouterConstructor();

    [GeneratedRegex(@"^(?:fastapi\.)?FastAPI\(")]
    private static partial Regex AppConstructor();

    [GeneratedRegex(@"\b(?:Depends|Security)\(\s*([A-Za-z_][\w.]*)")]
    private static partial Regex Dependency();

    [GeneratedRegex(@"(?i)user|auth|token|login|permission|scope|verify|api_?key|jwt|oauth|secur|credential|principal|admin|staff|owner|require|guard|protect|signature|bearer")]
    private static partial Regex AuthName();

    [GeneratedRegex(@"(?i)^\s*if\b.*\b(local|dev|development|debug|testing)\b")]
    private static partial Regex DevelopmentCondition();
}
