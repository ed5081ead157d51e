using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Observability;

/// <summary>Python files that are command-line programs rather than part of the served app: a <c>__main__</c>
/// guard or a shebang line with no web framework in the file, or an argument parser (argparse, click, typer, fire).</summary>
internal static partial class PythonScripts
{
    private static readonly string[] CliModules = ["argparse", "click", "typer", "fire", "docopt"];

    private static readonly string[] ServingModules = ["fastapi", "flask", "django", "starlette", "uvicorn", "gunicorn", "celery", "aiohttp", "sanic", "quart"];

    public static IReadOnlySet<string> Find(RepositoryFacts facts)
    {
        var scripts = new HashSet<string>(StringComparer.Ordinal);
        var routed = facts.Routes.Select(r => r.Span.File).ToHashSet(StringComparer.Ordinal);
        foreach (var file in facts.Repository.Files.Where(f => f.Extension == ".py"))
        {
            var imports = facts.ImportsIn(file.Path).Select(i => Root(i.Module)).ToHashSet();
            if (imports.Overlaps(CliModules))
            {
                scripts.Add(file.Path);
                continue;
            }

            // Stopgap: no reader fact says whether a module has a __main__ guard. A file that starts with a shebang
            // line is made to be run as a program.
            var guarded = file.Text.StartsWith("#!", StringComparison.Ordinal) || MainGuard().IsMatch(file.Text);
            var serving = imports.Overlaps(ServingModules) || routed.Contains(file.Path);
            if (guarded && !serving)
            {
                scripts.Add(file.Path);
            }
        }

        return scripts;
    }

    private static string Root(string module)
    {
        var dot = module.IndexOf('.');
        return dot < 0 ? module : module[..dot];
    }

    [GeneratedRegex("""^if\s+__name__\s*==\s*['"]__main__['"]\s*:""", RegexOptions.Multiline)]
    private static partial Regex MainGuard();
}
