using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Performance;

public sealed partial class DevelopmentServerInProduction : Rule
{
    private static readonly string[] FrontEndServers = ["vite", "react-scripts", "next", "nuxt", "webpack", "angular", "parcel", "vue-cli-service"];

    private static readonly string[] StartScripts = ["start", "serve", "prod", "production", "start:prod", "start:production"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("PRF001"),
        Name = "development-server-in-production",
        Title = "The app is started with a development server",
        Area = Area.Performance,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "Development servers (uvicorn --reload, flask run/app.run, manage.py runserver, nodemon, the Vite or CRA dev " +
            "server) run one process, watch files, serve unoptimised assets and, in Flask's and Django's case, are documented as " +
            "unsafe for production. They fall over under concurrent load and restart on file changes.",
        Fix = "Python: run gunicorn with uvicorn workers for ASGI (gunicorn -k uvicorn.workers.UvicornWorker -w 4 app.main:app), " +
            "gunicorn for WSGI (Flask, Django) and set it as the Dockerfile CMD or Procfile web command. Node: start with node (or " +
            "pm2) on the built code, keep nodemon for the dev script. Front ends: deploy the output of npm run build as static files.",
        References =
        [
            "https://flask.palletsprojects.com/en/stable/deploying/",
            "https://docs.djangoproject.com/en/stable/ref/django-admin/#runserver",
            "https://fastapi.tiangolo.com/deployment/server-workers/",
            "https://vitejs.dev/guide/static-deploy",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var entries = facts.EntryPoints.Where(e => !CodePaths.IsTest(e.Span.File) && !CodePaths.IsDevelopmentOnly(e.Span.File) && !InBuilderStage(e, facts)).ToList();
        if (entries.Count == 0)
        {
            return RuleOutcome.Skip("no start command was found");
        }

        var production = entries
            .Where(e => e.Kind == EntryPointKind.ProductionServer && !CodePaths.IsTooling(e.Span.File) && IsStartCommand(e, facts))
            .OrderBy(e => IsDeploymentFile(e.Span.File) ? 0 : 1)
            .ToList();
        var violations = new List<Violation>();
        foreach (var entry in entries.Where(e => e.Kind == EntryPointKind.DevelopmentServer && DevelopmentCommands.Enclosing(facts, e.Span) is null))
        {
            var script = ScriptName(entry, facts);
            var isPackageScript = entry.Span.File.EndsWith("package.json", StringComparison.Ordinal);
            if (isPackageScript && (script is null || !StartScripts.Contains(script)))
            {
                continue;
            }

            var ecosystem = Ecosystem(entry);
            var deployed = IsDeploymentFile(entry.Span.File);
            if (!deployed && production.Any(p => Ecosystem(p) == ecosystem))
            {
                continue;
            }

            violations.Add(Report(entry, script, facts));
        }

        var plain = PlainUvicorn(entries);
        if (plain is not null && violations.Count == 0)
        {
            violations.Add(new Violation(plain.Span,
                $"the app is started with uvicorn.run() in {plain.Span.File}, one process without a process manager, and no " +
                "production server (gunicorn with uvicorn workers, a Dockerfile CMD or Procfile) is configured")
            { Severity = Severity.Medium });
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return production.Count > 0
            ? RuleOutcome.Pass(new Evidence($"production server: {production[0].Server} ({production[0].Command}) in {production[0].Span}", production[0].Span))
            : RuleOutcome.Skip("no development or production server command was recognised");
    }

    /// <summary>A package.json script only counts as the production start when its name says so (not dev or preview).</summary>
    private static bool IsStartCommand(EntryPointFact entry, RepositoryFacts facts) =>
        !entry.Span.File.EndsWith("package.json", StringComparison.Ordinal)
        || ScriptName(entry, facts) is { } script && (StartScripts.Contains(script) || script == "server");

    private static Violation Report(EntryPointFact entry, string? script, RepositoryFacts facts)
    {
        var where = script is null ? entry.Span.File : $"the \"{script}\" script of {entry.Span.File}";
        var frontEnd = FrontEndServers.Contains(entry.Server, StringComparer.OrdinalIgnoreCase);
        if (frontEnd && script is not null && HasBuildScript(entry.Span.File, facts))
        {
            return new Violation(entry.Span,
                $"{where} runs the {entry.Server} development server (`{entry.Command}`); hosting platforms run npm start by default, " +
                "so serve the output of the build script instead")
            { Severity = Severity.Medium };
        }

        return new Violation(entry.Span, $"{where} starts the app with the {entry.Server} development server: `{entry.Command}`");
    }

    /// <summary>uvicorn.run(...) in code with neither reload nor workers is only a problem when nothing else starts the app.</summary>
    private static EntryPointFact? PlainUvicorn(List<EntryPointFact> entries)
    {
        var python = entries.Where(e => Ecosystem(e) == "python").ToList();
        var inCode = python.Where(e => e.Span.File.EndsWith(".py", StringComparison.Ordinal)
            && e.Server.Equals("uvicorn", StringComparison.OrdinalIgnoreCase) && e.Kind != EntryPointKind.DevelopmentServer
            && !e.Command.Contains("workers", StringComparison.Ordinal)).ToList();
        return inCode.Count > 0 && python.All(e => e.Span.File.EndsWith(".py", StringComparison.Ordinal)) ? inCode[0] : null;
    }

    private static string Ecosystem(EntryPointFact entry)
    {
        if (entry.Span.File.EndsWith("package.json", StringComparison.Ordinal))
        {
            return "node:" + CodePaths.Directory(entry.Span.File);
        }

        var server = entry.Server.ToLowerInvariant();
        return server switch
        {
            "uvicorn" or "gunicorn" or "hypercorn" or "daphne" or "waitress" or "flask" or "django" or "fastapi" or "python" or "granian"
                or "http.server" => "python",
            "dotnet" or "kestrel" => "dotnet",
            _ => entry.Span.File.EndsWith(".py", StringComparison.Ordinal) ? "python" : "node",
        };
    }

    /// <summary>A CMD or ENTRYPOINT of a Dockerfile stage other than the final one never runs in production.</summary>
    private static bool InBuilderStage(EntryPointFact entry, RepositoryFacts facts)
    {
        var dockerfile = facts.Dockerfiles.FirstOrDefault(d => d.Path == entry.Span.File);
        if (dockerfile?.FinalStage is not { } final)
        {
            return false;
        }

        return final.Cmd?.Span.Line != entry.Span.Line && final.Entrypoint?.Span.Line != entry.Span.Line;
    }

    private static bool IsDeploymentFile(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.StartsWith("Dockerfile", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Containerfile", StringComparison.OrdinalIgnoreCase) || name.Equals("Procfile", StringComparison.Ordinal)
            || name.StartsWith("docker-compose", StringComparison.OrdinalIgnoreCase) || name.StartsWith("compose.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Stopgap: EntryPointFact does not carry the package.json script name, so it is read from the entry's line.</summary>
    private static string? ScriptName(EntryPointFact entry, RepositoryFacts facts)
    {
        if (!entry.Span.File.EndsWith("package.json", StringComparison.Ordinal))
        {
            return null;
        }

        var line = facts.Repository.File(entry.Span.File)?.Line(entry.Span.Line) ?? string.Empty;
        var match = JsonKey().Match(line[..Math.Clamp(entry.Span.Column - 1, 0, line.Length)]);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Stopgap, as for the script name: the scripts of a package.json are not facts of their own.</summary>
    private static bool HasBuildScript(string packageJson, RepositoryFacts facts) =>
        facts.Repository.File(packageJson)?.Text.Contains("\"build\"", StringComparison.Ordinal) == true;

    [GeneratedRegex("""
        "([^"]+)"\s*:\s*$
        """)]
    private static partial Regex JsonKey();
}
