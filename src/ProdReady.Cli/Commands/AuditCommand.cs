using System.CommandLine;
using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready audit [PATH]</c>: parses options and hands them to <see cref="AuditRunner"/>.</summary>
public static class AuditCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        var path = new Argument<string>("PATH") { Description = "The repository to audit.", DefaultValueFactory = _ => "." };
        var format = new Option<string>("--format", "-f") { Description = "Report format: terminal, markdown or json.", DefaultValueFactory = _ => "terminal" };
        format.AcceptOnlyFromAmong([.. Enum.GetNames<ReportFormat>().Select(n => n.ToLowerInvariant())]);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 1 when a finding of this severity or worse exists: critical, high, medium or low." };
        failOn.AcceptOnlyFromAmong("critical", "high", "medium", "low");
        var minScore = new Option<int?>("--min-score") { Description = "Exit 1 when the overall score is below this (0-100)." };
        minScore.Validators.Add(r =>
        {
            if (r.Tokens is [var token] && int.TryParse(token.Value, out var v) && (v < 0 || v > 100))
            {
                r.AddError("--min-score must be between 0 and 100.");
            }
        });
        var config = new Option<string?>("--config") { Description = "Configuration file (default: .prodready.yml in PATH, if present)." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show progress on standard error." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no report on standard output; the exit code and --output still work." };
        var history = new Option<bool>("--history") { Description = "Also scan the lines every commit added and report secrets that remain only in git history." };

        var command = new Command("audit", "Audit a repository and report a verdict, a score and findings.")
        {
            path, format, output, failOn, minScore, config, noProgress, quiet, history,
        };
        command.SetAction(result =>
        {
            var request = new AuditRequest(
                result.GetValue(path) ?? ".",
                Enum.Parse<ReportFormat>(result.GetValue(format) ?? "terminal", ignoreCase: true),
                result.GetValue(output),
                result.GetValue(failOn) is { } s && Names.TryParseSeverity(s, out var severity) ? severity : null,
                result.GetValue(minScore),
                result.GetValue(config),
                result.GetValue(noProgress),
                result.GetValue(quiet),
                result.GetValue(history));
            return (int)new AuditRunner(stdout, stderr, environment).Run(request);
        });
        return command;
    }
}
