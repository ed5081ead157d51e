using System.Collections.Frozen;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Observability;

public sealed partial class PrintLogging : Rule
{
    private static readonly FrozenSet<string> ConsoleMethods = FrozenSet.Create(StringComparer.Ordinal,
        "console.log", "console.error", "console.warn", "console.info", "console.debug", "console.trace");

    private static readonly FrozenSet<string> DotNetConsole = FrozenSet.Create(StringComparer.Ordinal,
        "Console.WriteLine", "Console.Write", "Console.Error.WriteLine", "Console.Out.WriteLine", "System.Console.WriteLine");

    private static readonly Technology[] PythonApps = [Technology.FastApi, Technology.Django, Technology.Flask, Technology.Celery];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("OBS001"),
        Name = "print-logging",
        Title = "print() or console output used as the application's logging",
        Area = Area.Observability,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "Output from print(), console.log or Console.WriteLine has no level, timestamp, logger name or request context, " +
            "cannot be filtered or routed, and Python buffers stdout in containers, so lines arrive late or are lost on a crash. " +
            "Log aggregation and alerting cannot work from it. Browser code is not judged: its console is the user's, not the server's logs.",
        Fix = "Python: create a module logger with logger = logging.getLogger(__name__) (or structlog/loguru) and call logger.info/" +
            "logger.exception instead of print. Node: use a logger such as pino or winston instead of console.*. ASP.NET Core: inject " +
            "ILogger<T> instead of Console.WriteLine. Configure the format and level once at startup.",
        References =
        [
            "https://docs.python.org/3/howto/logging.html#when-to-use-logging",
            "https://12factor.net/logs",
            "https://expressjs.com/en/advanced/best-practice-performance.html#do-logging-correctly",
            "https://learn.microsoft.com/aspnet/core/fundamentals/logging/",
        ],
        AppliesTo = [.. PythonApps, Technology.Express, Technology.AspNetCore],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var scripts = PythonScripts.Find(facts);
        var node = new NodeServerCode(facts);
        var python = facts.HasAny(PythonApps);
        var dotnet = facts.Has(Technology.AspNetCore);
        var dotnetServer = new DotNetServerCode(context);
        var violations = new List<Violation>();
        foreach (var call in facts.Calls.Where(c => CodePaths.IsApplication(c.Span.File)))
        {
            var where = call.EnclosingFunction is { } function && !function.StartsWith('(') ? $" (in {function})" : string.Empty;
            if (python && call.Language == SourceLanguage.Python && call.Callee == "print" && !scripts.Contains(call.Span.File) && !PrintsByDesign(call))
            {
                violations.Add(new Violation(call.Span, $"print() used as logging in {call.Span.File}{where}"));
            }
            else if (NodeServerCode.IsJavaScript(call.Language) && ConsoleMethods.Contains(call.Callee) && node.IsServerFile(call.Span.File) && !PrintsByDesign(call))
            {
                violations.Add(new Violation(call.Span, $"{call.Callee}() used as logging in server code {call.Span.File}{where}"));
            }
            else if (dotnet && call.Language == SourceLanguage.CSharp && DotNetConsole.Contains(call.Callee) && dotnetServer.IsServerFile(call.Span.File)
                && !ExitsBeforeLogging(facts, call))
            {
                violations.Add(new Violation(call.Span, $"{call.Callee}() used as logging in {call.Span.File}{where}"));
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        var logger = LoggerEvidence(facts);
        return logger is null
            ? RuleOutcome.Skip("no print or console output and no logger found in application code")
            : RuleOutcome.Pass(logger);
    }

    /// <summary>A function named print*, show*, dump* or display* exists to write to the terminal (a shell helper, a
    /// start-up banner), so its output is by design; so is a print into a file or buffer.</summary>
    private static bool PrintsByDesign(CallFact call) =>
        WritesToStream(call) || call.EnclosingFunction?.TrimStart('_') is { } name && (name.StartsWith("print", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("show", StringComparison.OrdinalIgnoreCase) || name.StartsWith("dump", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("display", StringComparison.OrdinalIgnoreCase));

    /// <summary><c>print(..., file=report)</c> writes to a file or buffer the code chose, not to the process's output.</summary>
    private static bool WritesToStream(CallFact call) =>
        call.Keyword("file") is { } target && target.Raw is not ("sys.stdout" or "sys.stderr" or "stdout" or "stderr");

    /// <summary>A method that ends the process with Environment.Exit reports a start-up failure, often before any
    /// logger exists; the console is the only place left to say why.</summary>
    private static bool ExitsBeforeLogging(RepositoryFacts facts, CallFact call) =>
        call.EnclosingFunction is { } function
        && facts.CallsIn(call.Span.File).Any(c => c.Is("Environment.Exit") && c.EnclosingFunction == function);

    private static Evidence? LoggerEvidence(RepositoryFacts facts)
    {
        var call = facts.Calls.FirstOrDefault(c => CodePaths.IsApplication(c.Span.File)
            && (c.Is("getLogger") || c.Is("get_logger") || c.Is("createLogger") || c.Callee is "pino" or "CreateLogger"));
        if (call is not null)
        {
            return new Evidence($"application code logs through {call.Callee}() ({call.Span})", call.Span);
        }

        var import = facts.Imports.FirstOrDefault(i => CodePaths.IsApplication(i.Span.File)
            && i.Module is "loguru" or "structlog" or "winston" or "pino" or "bunyan" or "Microsoft.Extensions.Logging" or "Serilog");
        return import is null ? null : new Evidence($"application code logs through {import.Module} ({import.Span})", import.Span);
    }
}
