using System.CommandLine;
using ProdReady.Cli.Diff;
using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready diff BEFORE.json AFTER.json</c>: parses options and hands them to <see cref="DiffRunner"/>.</summary>
public static class DiffCommand
{
    public static Command Create(TextWriter stdout, CliEnvironment environment)
    {
        var before = new Argument<string>("BEFORE") { Description = "The earlier audit, written with --format json." };
        var after = new Argument<string>("AFTER") { Description = "The later audit, written with --format json." };
        var format = new Option<string>("--format", "-f") { Description = "Output format: terminal, markdown or json.", DefaultValueFactory = _ => "terminal" };
        format.AcceptOnlyFromAmong("terminal", "markdown", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the diff to this file instead of standard output." };
        var failOnNew = new Option<string?>("--fail-on-new") { Description = "Exit 1 when an introduced finding has this severity or worse: critical, high, medium or low." };
        failOnNew.AcceptOnlyFromAmong("critical", "high", "medium", "low");

        var command = new Command("diff", "Compare two JSON audits: findings resolved, introduced and persisting, and the score change.")
        {
            before, after, format, output, failOnNew,
        };
        command.SetAction(result =>
        {
            var request = new DiffRequest(
                result.GetValue(before)!,
                result.GetValue(after)!,
                Enum.Parse<ReportFormat>(result.GetValue(format) ?? "terminal", ignoreCase: true),
                result.GetValue(output),
                result.GetValue(failOnNew) is { } s && Names.TryParseSeverity(s, out var severity) ? severity : null);
            return (int)new DiffRunner(stdout, environment).Run(request);
        });
        return command;
    }
}
