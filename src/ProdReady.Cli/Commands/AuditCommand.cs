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
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Report format: {FormatOptions.Names}; several separated by commas (json,sarif,html) with --output-dir.",
            DefaultValueFactory = _ => "terminal",
        };
        format.Validators.Add(r =>
        {
            if (r.Tokens is [var token] && !FormatOptions.TryParse(token.Value, out _, out var unknown))
            {
                r.AddError($"Argument '{unknown}' not recognized. Must be one of: {FormatOptions.Names}.");
            }
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output (one format)." };
        var outputDir = new Option<string?>("--output-dir") { HelpName = "DIR", Description = "Write each format to DIR/prodready.<ext> (txt, md, json, html, sarif), creating DIR." };
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
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no report on standard output; the exit code, --output and --output-dir still work." };
        var history = new Option<bool>("--history") { Description = "Also scan the lines every commit added and report secrets that remain only in git history." };

        var command = new Command("audit", "Audit a repository and report a verdict, a score and findings.")
        {
            path, format, output, outputDir, failOn, minScore, config, noProgress, quiet, history,
        };
        command.Validators.Add(r =>
        {
            var count = FormatOptions.TryParse(r.GetValue(format) ?? "terminal", out var formats, out _) ? formats.Length : 1;
            if (FormatOptions.Problem(count, r.GetValue(output), r.GetValue(outputDir)) is { } problem)
            {
                r.AddError(problem);
            }
        });
        var workflow = new AuditWorkflowOptions();
        foreach (var option in workflow.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(result =>
        {
            var request = new AuditRequest(
                result.GetValue(path) ?? ".",
                FormatOptions.TryParse(result.GetValue(format) ?? "terminal", out var formats, out _) ? formats : [ReportFormat.Terminal],
                result.GetValue(output),
                result.GetValue(outputDir),
                result.GetValue(failOn) is { } s && Names.TryParseSeverity(s, out var severity) ? severity : null,
                result.GetValue(minScore),
                result.GetValue(config),
                result.GetValue(noProgress),
                result.GetValue(quiet),
                result.GetValue(history))
            {
                Workflow = workflow.Read(result),
            };
            return (int)new AuditRunner(stdout, stderr, environment).Run(request);
        });
        return command;
    }
}
