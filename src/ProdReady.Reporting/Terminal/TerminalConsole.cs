using Spectre.Console;

namespace ProdReady.Reporting.Terminal;

/// <summary>A console bound to a writer with every capability fixed, so the same report renders the same bytes
/// wherever it runs (no terminal, CI or NO_COLOR detection; the CLI decides colour and width).</summary>
internal static class TerminalConsole
{
    public static IAnsiConsole Create(TextWriter output, WriterOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Width);

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = options.Color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = options.Color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            EnvironmentVariables = new Dictionary<string, string>(),
        });
        console.Profile.Width = options.Width;
        console.Profile.Capabilities.Unicode = true;
        console.Profile.Capabilities.Links = false;
        return console;
    }
}
