using ProdReady.Model;
using Spectre.Console;

namespace ProdReady.Reporting.Terminal;

/// <summary>Markup pieces for the terminal writer. Repository text always passes through <see cref="Safe"/>.</summary>
internal static class TerminalText
{
    public static string Safe(string text) => Markup.Escape(ReportText.Sanitize(text));

    public static Color Colour(this Verdict verdict) => verdict switch
    {
        Verdict.NotReady => Color.Red,
        Verdict.ReadyAfterFixes => Color.Yellow,
        _ => Color.Green,
    };

    public static Color Colour(this Severity severity) => severity switch
    {
        Severity.Critical => Color.Red,
        Severity.High => Color.Maroon,
        Severity.Medium => Color.Yellow,
        Severity.Low => Color.Blue,
        _ => Color.Grey,
    };

    public static string Badge(this Severity severity) => $"[bold {severity.Colour().ToMarkup()}]{severity.Id().ToUpperInvariant()}[/]";

    public static string Count(int count, Severity severity) =>
        count == 0 ? "[grey]0[/]" : $"[{severity.Colour().ToMarkup()}]{ReportText.Number(count)}[/]";

    public static string Score(int? score) => score switch
    {
        null => "[grey]n/a[/]",
        >= 80 => $"[green]{ReportText.Number(score.Value)}[/]",
        >= 50 => $"[yellow]{ReportText.Number(score.Value)}[/]",
        _ => $"[red]{ReportText.Number(score.Value)}[/]",
    };
}
