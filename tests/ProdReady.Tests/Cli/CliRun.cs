using ProdReady.Cli;

namespace ProdReady.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output and a non-interactive environment.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new CliEnvironment(NoColor: true, StdoutIsTerminal: false, StderrIsTerminal: false, Width: 120));
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
