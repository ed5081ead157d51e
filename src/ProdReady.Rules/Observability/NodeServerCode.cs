using System.Collections.Frozen;
using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Observability;

/// <summary>Tells Node server code from browser code: a file is server code when it imports a server framework, or
/// when its package depends on one and not on a front-end framework (or, in a package that has both, when it sits
/// in a server-side folder).</summary>
internal sealed class NodeServerCode
{
    private static readonly FrozenSet<string> ServerFrameworks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "express", "koa", "fastify", "@hapi/hapi", "restify", "@nestjs/core");

    private static readonly FrozenSet<string> FrontEndFrameworks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "react", "react-dom", "vue", "svelte", "@angular/core", "preact", "solid-js", "next", "nuxt");

    private static readonly FrozenSet<string> ServerFolders = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "server", "backend", "api", "routes", "controllers", "middleware", "middlewares");

    private readonly RepositoryFacts _facts;
    private readonly Dictionary<string, List<DependencyFact>> _packages;

    public NodeServerCode(RepositoryFacts facts)
    {
        _facts = facts;
        _packages = facts.Dependencies
            .Where(d => d.Ecosystem == "npm" && d.Span.File.EndsWith("package.json", StringComparison.Ordinal))
            .GroupBy(d => CodePaths.Directory(d.Span.File))
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public bool HasServer => _facts.Imports.Any(i => IsJavaScript(i.Language) && ServerFrameworks.Contains(i.Module))
        || _packages.Values.Any(p => p.Any(d => ServerFrameworks.Contains(d.Name)));

    public bool IsServerFile(string path)
    {
        if (path.EndsWith(".jsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tsx", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var imports = _facts.ImportsIn(path).Select(i => i.Module).ToList();
        if (imports.Any(ServerFrameworks.Contains))
        {
            return true;
        }

        if (imports.Any(FrontEndFrameworks.Contains))
        {
            return false;
        }

        var package = NearestPackage(path);
        if (package is null || !package.Any(d => ServerFrameworks.Contains(d.Name)))
        {
            return false;
        }

        return !package.Any(d => FrontEndFrameworks.Contains(d.Name))
            || path.Split('/').SkipLast(1).Any(ServerFolders.Contains);
    }

    public static bool IsJavaScript(SourceLanguage language) => language is SourceLanguage.JavaScript or SourceLanguage.TypeScript;

    private List<DependencyFact>? NearestPackage(string path) =>
        _packages.Where(p => CodePaths.IsUnder(path, p.Key)).OrderByDescending(p => p.Key.Length).Select(p => p.Value).FirstOrDefault();
}
