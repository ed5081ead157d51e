using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Configuration;

public sealed class DebugModeEnabled : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CFG001"),
        Name = "debug-mode-enabled",
        Title = "Debug mode is on by default",
        Area = Area.Configuration,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "Debug mode shows stack traces, settings and source code to anyone who triggers an error; the Werkzeug " +
            "debugger behind Flask's debug=True even runs arbitrary code. A default of True means every deployment that " +
            "forgets one variable ships it. Auto-reload is a development convenience that costs memory and stability.",
        Fix = "Default debug to False and enable it only in development: `DEBUG: bool = False` in the settings class, " +
            "`DEBUG = os.getenv(\"DEBUG\", \"false\").lower() == \"true\"` in Django, no `debug=True` in `app.run`/`FastAPI(...)`, " +
            "no `reload=True` in `uvicorn.run` (run `uvicorn --reload` by hand instead), and in ASP.NET Core call " +
            "`UseDeveloperExceptionPage()` only inside `if (app.Environment.IsDevelopment())`.",
        References =
        [
            "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
            "https://flask.palletsprojects.com/en/stable/debugging/",
            "https://www.uvicorn.org/settings/#development",
            "https://learn.microsoft.com/aspnet/core/fundamentals/error-handling",
        ],
        Examples = DebugModeExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        if (!facts.Repository.Files.Any(f => FileRoles.IsCode(f.Path)))
        {
            return RuleOutcome.Skip("no Python, JavaScript or C# code");
        }

        var violations = new List<Violation>();
        var controlled = new List<Evidence>();
        foreach (var setting in facts.Settings.Where(s => IsDebugSetting(facts, s)))
        {
            var (literal, fallback) = SettingValues.Effective(SettingValues.Resolve(facts, setting.Value));
            if (SettingValues.IsTruthy(literal) && BeforeRun(facts, setting) is { } run && DevelopmentOnly(facts, run) is { } why)
            {
                violations.Add(new Violation(setting.Span, $"{DescribeSetting(setting, literal!, fallback)} before {run.Callee}(), but {why}")
                {
                    Severity = Severity.Low,
                    Key = setting.Path,
                });
            }
            else if (SettingValues.IsTruthy(literal))
            {
                violations.Add(new Violation(setting.Span, DescribeSetting(setting, literal!, fallback)) { Key = setting.Path });
            }
            else if (literal is not null || setting.Value.Kind is ValueKind.EnvLookup or ValueKind.Expression)
            {
                controlled.Add(new Evidence($"{setting.Name} is not on by default ({setting.Span})", setting.Span));
            }
        }

        violations.AddRange(facts.Calls.Where(c => FileRoles.IsProduction(c.Span.File)).SelectMany(c => CallViolations(facts, c)));
        violations.AddRange(DeveloperExceptionPages(facts));
        violations.AddRange(ComposeDebug(facts));
        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(controlled.Take(1));
    }

    private static bool IsDebugSetting(RepositoryFacts facts, SettingFact setting)
    {
        if (!IsDebugName(setting.Name) || !FileRoles.IsProduction(setting.File)
            || SettingsClasses.IsDevelopmentScope(setting.Scope) || FileRoles.IsEnvExample(setting.File)
            || SettingOverrides.OverriddenInProduction(facts, setting))
        {
            return false;
        }

        return setting.Origin switch
        {
            SettingOrigin.PythonModule or SettingOrigin.PythonClass or SettingOrigin.PythonDict => true,
            SettingOrigin.DotEnv => FileRoles.IsProductionEnvFile(setting.File),
            SettingOrigin.Json or SettingOrigin.Yaml => !FileRoles.IsCompose(setting.File) && !FileRoles.IsCi(setting.File)
                && !setting.File.EndsWith("package.json", StringComparison.Ordinal),
            _ => false,
        };
    }

    private static string DescribeSetting(SettingFact setting, FactValue literal, bool fallback)
    {
        if (fallback)
        {
            return $"{setting.Name} falls back to {literal.Raw} when the environment variable is unset ({setting.File})";
        }

        return setting.Origin switch
        {
            SettingOrigin.PythonClass when setting.Scope.Length > 0 => $"{setting.Name} is {literal.Raw} by default in class {setting.Scope}",
            SettingOrigin.PythonDict when setting.Scope.EndsWith(".config", StringComparison.Ordinal) =>
                $"{setting.Scope}[\"{setting.Name}\"] = {literal.Raw} in {setting.File}",
            SettingOrigin.PythonModule when setting.Scope.Length > 0 => $"{setting.Path} = {literal.Raw} in {setting.File}",
            _ => $"{setting.Name} = {literal.Raw} in {setting.File}",
        };
    }

    private static IEnumerable<Violation> CallViolations(RepositoryFacts facts, CallFact call)
    {
        if (call.Language != SourceLanguage.Python)
        {
            yield break;
        }

        if (IsConfigUpdate(call) && call.Keyword("DEBUG") is { } flag && SettingValues.IsTruthy(SettingValues.Effective(flag).Literal))
        {
            yield return new Violation(flag.Span, $"{call.Callee}(DEBUG={flag.Raw}) turns debug mode on") { Key = "DEBUG" };
        }

        if (call.Is("uvicorn.run") && call.Keyword("reload") is { IsTrue: true } reload && DevelopmentCommands.Enclosing(facts, call.Span) is null)
        {
            yield return new Violation(reload.Span, "uvicorn.run(..., reload=True) in the start-up code: the auto-reloader is a development setting")
            {
                Severity = Severity.Medium,
                Key = "reload",
            };
        }

        var debug = call.Keyword("debug");
        var framework = call.Is("FastAPI") || call.Is("Starlette") || call.Is("Quart");
        if (debug is null || (!framework && call.Name != "run"))
        {
            yield break;
        }

        var effect = framework ? "returns tracebacks to clients" : "starts the interactive debugger, which runs code sent to it";
        if (debug.IsTrue && !framework && DevelopmentOnly(facts, call) is { } why)
        {
            yield return new Violation(debug.Span, $"{call.Callee}(debug=True) {effect}, but {why}") { Severity = Severity.Low, Key = "debug" };
        }
        else if (debug.IsTrue)
        {
            yield return new Violation(debug.Span, $"{call.Callee}(debug=True) {effect}") { Key = "debug" };
        }
        else if (TrueByDefault(facts, debug) is { } setting)
        {
            yield return new Violation(debug.Span, $"{call.Callee}(debug={debug.Raw}) {effect} whenever {setting.Name} keeps its default (True, {setting.Span})")
            {
                Severity = Severity.Medium,
                Key = "debug",
            };
        }
    }

    /// <summary>The <c>app.run()</c> that an <c>app.debug = True</c> in the same module-level block precedes
    /// (<c>if __name__ == "__main__": app.debug = True; app.run()</c>): it then only matters to that run.</summary>
    private static CallFact? BeforeRun(RepositoryFacts facts, SettingFact setting)
    {
        if (setting.Origin != SettingOrigin.PythonModule || setting.Scope.Length == 0 || setting.Span.Column == 1 || facts.FunctionAt(setting.Span) is not null)
        {
            return null;
        }

        var run = setting.Scope + ".run";
        return facts.CallsIn(setting.File).FirstOrDefault(c => c.Callee == run && c.Span.Line > setting.Span.Line && c.Span.Column == setting.Span.Column);
    }

    /// <summary>Why an <c>app.run(debug=True)</c> only ever serves a developer: it binds to the loopback interface, or
    /// the deployment starts a production server (gunicorn, uwsgi, waitress…) that never executes it.</summary>
    private static string? DevelopmentOnly(RepositoryFacts facts, CallFact call)
    {
        if (call.Keyword("host") is { Kind: ValueKind.String, Text: "127.0.0.1" or "localhost" or "::1" })
        {
            return "it listens on the loopback interface only, so the debugger is reachable from this machine alone";
        }

        var server = facts.EntryPoints.FirstOrDefault(e => e.Kind == EntryPointKind.ProductionServer && FileRoles.IsProduction(e.Span.File)
            && !e.Span.File.EndsWith(".py", StringComparison.Ordinal));
        return server is null ? null : $"the deployment starts {server.Server} ({server.Span}), which never runs this line";
    }

    /// <summary>The DEBUG-like setting a simple name (<c>settings.DEBUG</c>) refers to, when it is true by default.</summary>
    private static SettingFact? TrueByDefault(RepositoryFacts facts, FactValue value)
    {
        if (value.Kind != ValueKind.Expression || !value.Raw.All(c => char.IsLetterOrDigit(c) || c is '_' or '.'))
        {
            return null;
        }

        var name = value.Raw[(value.Raw.LastIndexOf('.') + 1)..];
        return facts.SettingsNamed(name).FirstOrDefault(s => IsDebugSetting(facts, s)
            && SettingValues.IsTruthy(SettingValues.Effective(SettingValues.Resolve(facts, s.Value)).Literal));
    }

    /// <summary><c>app.config.update(DEBUG=True)</c> and <c>app.config.from_mapping(...)</c>. Subscript assignments
    /// (<c>app.config["DEBUG"] = True</c>) have no fact yet.</summary>
    public static bool IsConfigUpdate(CallFact call) =>
        call.Language == SourceLanguage.Python && (call.Callee.EndsWith("config.update", StringComparison.Ordinal)
            || call.Callee.EndsWith("config.from_mapping", StringComparison.Ordinal));

    private static bool IsDebugName(string name) =>
        name.Equals("DEBUG", StringComparison.OrdinalIgnoreCase) || name.Equals("FLASK_DEBUG", StringComparison.Ordinal);

    /// <summary>FLASK_DEBUG or DEBUG switched on in a compose service's environment, outside override and development
    /// compose files: Flask reads FLASK_DEBUG into app.debug whatever server runs the app.</summary>
    private static IEnumerable<Violation> ComposeDebug(RepositoryFacts facts) =>
        facts.Compose.Where(d => !d.IsOverride && FileRoles.IsProduction(d.Path))
            .SelectMany(d => d.Services)
            .SelectMany(s => s.Environment.Where(v => IsDebugName(v.Name) && v.Value is { IsResolved: true } value
                && (value.IsTrue || value.Text == "1")).Select(v => (Service: s, Variable: v)))
            .Select(x => new Violation(x.Variable.Span, $"{x.Variable.Name}={x.Variable.Value!.Text} in the environment of compose service {x.Service.Name}")
            {
                Severity = Severity.Medium,
                Key = $"{x.Service.Name}.{x.Variable.Name}",
            });

    /// <summary>A developer exception page with no environment check anywhere in the same file.</summary>
    private static IEnumerable<Violation> DeveloperExceptionPages(RepositoryFacts facts) =>
        facts.Calls
            .Where(c => c.Language == SourceLanguage.CSharp && c.Name == "UseDeveloperExceptionPage" && FileRoles.IsProduction(c.Span.File))
            .Where(c => !facts.CallsIn(c.Span.File).Any(o => o.Name is "IsDevelopment" or "IsEnvironment" or "IsProduction" or "IsStaging"))
            .Select(c => new Violation(c.Span, "UseDeveloperExceptionPage() is called without an IsDevelopment() check: every environment shows exception details"));
}
