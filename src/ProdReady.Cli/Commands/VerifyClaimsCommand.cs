using System.CommandLine;
using ProdReady.Cli.Claims;
using ProdReady.Reporting;

namespace ProdReady.Cli.Commands;

/// <summary><c>prodready verify-claims DOCUMENT.md [PATH]</c>: parses options and hands them to <see cref="VerifyClaimsRunner"/>.</summary>
public static class VerifyClaimsCommand
{
    public static Command Create(TextWriter stdout, CliEnvironment environment)
    {
        var document = new Argument<string>("DOCUMENT") { Description = "The Markdown document whose claims are checked." };
        var path = new Argument<string?>("PATH") { Description = "The repository to check them against (default: the git repository holding the document, or the current directory).", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f") { Description = "Output format: terminal, markdown or json.", DefaultValueFactory = _ => "terminal" };
        format.AcceptOnlyFromAmong("terminal", "markdown", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the result to this file instead of standard output." };
        var failOnContradicted = new Option<bool>("--fail-on-contradicted") { Description = "Exit 1 when the audit contradicts a claim." };

        var command = new Command("verify-claims", "Check each claim of a Markdown audit or readiness document against the repository.")
        {
            document, path, format, output, failOnContradicted,
        };
        command.SetAction(result =>
        {
            var request = new VerifyClaimsRequest(
                result.GetValue(document)!,
                result.GetValue(path),
                Enum.Parse<ReportFormat>(result.GetValue(format) ?? "terminal", ignoreCase: true),
                result.GetValue(output),
                result.GetValue(failOnContradicted));
            return (int)new VerifyClaimsRunner(stdout, environment).Run(request);
        });
        return command;
    }
}
