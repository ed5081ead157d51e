using System.CommandLine;
using System.Text;
using ProdReady.Engine.Suppressions;
using ProdReady.Reporting;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready baseline [PATH] --output FILE</c>: records the current findings' fingerprints, so that
/// <c>audit --baseline FILE</c> reports only new ones.</summary>
public static class BaselineCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        var path = new Argument<string>("PATH") { Description = "The repository to audit.", DefaultValueFactory = _ => "." };
        var output = new Option<string>("--output", "-o") { Description = "The baseline file to write.", Required = true };
        var config = new Option<string?>("--config") { Description = "Configuration file (default: .prodready.yml in PATH, if present)." };
        var strict = new Option<bool>("--strict") { Description = "Record findings that inline comments suppress, too." };

        var command = new Command("baseline", "Record the current findings so later audits with --baseline report only new ones.")
        {
            path, output, config, strict,
        };
        command.SetAction(result =>
        {
            var request = new AuditRequest(result.GetValue(path) ?? ".", [ReportFormat.Terminal], null, null, null, null, result.GetValue(config), NoProgress: false, Quiet: true)
            {
                Workflow = new AuditWorkflow { Strict = result.GetValue(strict) },
            };
            var report = new AuditRunner(stdout, stderr, environment).Audit(request);
            var file = result.GetValue(output)!;
            try
            {
                File.WriteAllText(file, Baseline.Write(report.Findings), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write '{file}': {e.Message}");
            }

            stdout.WriteLine($"Recorded {report.Findings.Length} {(report.Findings.Length == 1 ? "finding" : "findings")} in {file}.");
            return (int)(report.IsComplete ? ExitCode.GatePassed : ExitCode.Incomplete);
        });
        return command;
    }
}
