using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Observability;

public sealed partial class LoggingNotConfigured : Rule
{
    private static readonly Technology[] PythonApps = [Technology.FastApi, Technology.Django, Technology.Flask, Technology.Celery];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("OBS002"),
        Name = "no-structured-logging",
        Title = "Logging is not configured",
        Area = Area.Observability,
        Severity = Severity.High,
        EffortHours = 2,
        Rationale = "Without a logging configuration, Python drops INFO messages and prints warnings bare to stderr with no " +
            "timestamp or level, and a Node server has only console output. Nothing can be searched, correlated or alerted on, " +
            "so incidents in production are investigated blind. JSON output lets a log platform index every field.",
        Fix = "Python: configure logging once at startup (logging.config.dictConfig, Django's LOGGING setting, structlog.configure " +
            "or loguru), preferably with a JSON formatter such as python-json-logger. Node: create one pino or winston logger " +
            "(pino writes JSON by default) and use pino-http or express-winston for requests. ASP.NET Core logs through ILogger by " +
            "default; add AddJsonConsole() or Serilog for JSON.",
        References =
        [
            "https://docs.python.org/3/library/logging.config.html",
            "https://docs.djangoproject.com/en/stable/topics/logging/",
            "https://getpino.io/",
            "https://learn.microsoft.com/aspnet/core/fundamentals/logging/console-logger",
        ],
        AppliesTo = [.. PythonApps, Technology.Express, Technology.AspNetCore],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        if (facts.HasAny(PythonApps))
        {
            if (PythonConfiguration(facts) is { } found)
            {
                evidence.Add(found);
            }
            else
            {
                violations.Add(new Violation(null, "no logging configuration for the Python app: searched for logging.basicConfig, " +
                    "logging.config.dictConfig/fileConfig, a Django LOGGING setting, gunicorn logconfig_dict, structlog.configure, " +
                    "loguru logger.add and handlers added with addHandler; none found outside tests and scripts")
                { Key = "python" });
            }
        }

        if (facts.Has(Technology.Express))
        {
            if (NodeConfiguration(facts) is { } found)
            {
                evidence.Add(found);
            }
            else
            {
                var morgan = facts.Imports.Any(i => i.Module == "morgan") ? " (morgan only logs requests)" : string.Empty;
                violations.Add(new Violation(null, "no logger for the Node server: searched for winston.createLogger, pino(), " +
                    $"bunyan.createLogger and log4js.configure; none found{morgan}")
                { Key = "node" });
            }
        }

        if (facts.Has(Technology.AspNetCore))
        {
            evidence.Add(DotNetConfiguration(facts));
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(evidence);
    }

    private static Evidence? PythonConfiguration(RepositoryFacts facts)
    {
        var json = PythonJson(facts);
        var setting = facts.Settings.FirstOrDefault(s => s.Origin == SettingOrigin.PythonModule && CodePaths.IsApplication(s.File)
            && s.Name is "LOGGING" or "logconfig_dict" && s.Value.Kind != ValueKind.Null);
        if (setting is not null)
        {
            var jsonSetting = json ?? (setting.Value.Raw.Contains("json", StringComparison.OrdinalIgnoreCase) ? "a JSON formatter" : null);
            return Found($"{setting.Name} setting", setting.Span, jsonSetting);
        }

        var scripts = PythonScripts.Find(facts);
        var call = facts.Calls.FirstOrDefault(c => c.Language == SourceLanguage.Python && CodePaths.IsApplication(c.Span.File)
            && !scripts.Contains(c.Span.File) && IsPythonConfiguration(c, facts));
        return call is null ? null : Found($"{call.Callee}()", call.Span, json);
    }

    private static bool IsPythonConfiguration(CallFact call, RepositoryFacts facts) =>
        call.Is("basicConfig") || call.Is("dictConfig") || call.Is("fileConfig") || call.Is("structlog.configure")
        || call.Is("addHandler") || call.Keyword("log_config") is not null
        || ((call.Callee is "logger.add" or "logger.configure") && facts.ImportsIn(call.Span.File).Any(i => i.Module == "loguru"));

    private static string? PythonJson(RepositoryFacts facts)
    {
        if (facts.Imports.Any(i => i.Module.StartsWith("pythonjsonlogger", StringComparison.Ordinal)))
        {
            return "python-json-logger";
        }

        if (facts.CallsTo("JSONRenderer").Any())
        {
            return "structlog JSONRenderer";
        }

        return facts.Calls.Any(c => c.Callee == "logger.add" && c.Keyword("serialize")?.IsTrue == true) ? "loguru serialize=True" : null;
    }

    private static Evidence? NodeConfiguration(RepositoryFacts facts)
    {
        var json = facts.Calls.Any(c => c.Is("format.json")) ? "winston format.json()" : null;
        var call = facts.Calls.FirstOrDefault(c => NodeServerCode.IsJavaScript(c.Language) && CodePaths.IsApplication(c.Span.File)
            && (c.Is("winston.createLogger") || c.Is("bunyan.createLogger") || c.Is("log4js.configure") || c.Callee is "pino" or "pinoHttp"
                || (c.Callee == "createLogger" && facts.ImportsIn(c.Span.File).Any(i => i.Module is "winston" or "bunyan"))));
        if (call is null)
        {
            return null;
        }

        var structured = call.Callee.Contains("pino", StringComparison.Ordinal) ? "pino"
            : call.Callee.Contains("bunyan", StringComparison.Ordinal) || facts.Imports.Any(i => i.Module == "bunyan") ? "bunyan"
            : json;
        return Found($"{call.Callee}()", call.Span, structured);
    }

    private static Evidence DotNetConfiguration(RepositoryFacts facts)
    {
        var serilog = facts.Calls.FirstOrDefault(c => c.Language == SourceLanguage.CSharp && (c.Is("UseSerilog") || c.Is("AddSerilog") || c.Is("AddJsonConsole")));
        return serilog is null
            ? new Evidence("ASP.NET Core logs through ILogger with the console provider by default (plain text)")
            : Found($"{serilog.Callee}()", serilog.Span, serilog.Is("AddJsonConsole") ? "AddJsonConsole" : "Serilog");
    }

    private static Evidence Found(string what, SourceSpan span, string? json) =>
        new(json is null ? $"logging configured by {what} in {span} (plain text)" : $"structured logging: {what} in {span} with JSON output ({json})", span);
}
