namespace ProdReady.Cli;

/// <summary>What the CLI needs to know about where it runs, so tests can set it.</summary>
public sealed record CliEnvironment(bool NoColor, bool StdoutIsTerminal, bool StderrIsTerminal, int Width)
{
    public static CliEnvironment FromProcess() => new(
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        Console.IsOutputRedirected ? 120 : Math.Max(80, SafeWidth()));

    private static int SafeWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}
