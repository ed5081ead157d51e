using System.CommandLine;
using ProdReady.Cli.Commands;

namespace ProdReady.Cli;

/// <summary>Parses the command line and runs the chosen command. Every failure becomes one line on stderr and an
/// exit code; nothing escapes as a stack trace.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        var root = new RootCommand("ProdReady audits a repository for production readiness: a verdict, a score, and evidence-backed findings.")
        {
            AuditCommand.Create(stdout, stderr, environment),
            RulesCommand.Create(stdout),
            BaselineCommand.Create(stdout, stderr, environment),
            InitCommand.Create(stdout),
            DiffCommand.Create(stdout, environment),
            VerifyClaimsCommand.Create(stdout, environment),
        };
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction(stdout);
        }

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            // An unknown word explains more than the missing command it displaced, so it is said first.
            var error = result.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? result.Errors[0];
            stderr.WriteLine($"prodready: {OneLine(error.Message)} (see 'prodready --help')");
            return (int)ExitCode.UsageError;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is UsageException or Engine.Config.ConfigException or DirectoryNotFoundException or FileNotFoundException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"prodready: {OneLine(e.Message)}");
            return (int)ExitCode.UsageError;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"prodready: {OneLine(e.Message)}");
            return (int)ExitCode.UsageError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"prodready: the audit could not finish: {e.GetType().Name}: {OneLine(e.Message)}");
            return (int)ExitCode.Incomplete;
        }
    }

    /// <summary>Error text can quote repository content (a config value, a path), so it is redacted like any output.</summary>
    private static string OneLine(string text) =>
        Model.Redactor.Text(string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim()).Value;
}
