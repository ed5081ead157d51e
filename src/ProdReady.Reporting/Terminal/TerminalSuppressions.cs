using ProdReady.Model;
using Spectre.Console;

namespace ProdReady.Reporting.Terminal;

/// <summary>Stale suppressions always, and the suppressed findings when asked for (<c>--list-suppressed</c>).</summary>
internal static class TerminalSuppressions
{
    public static void Write(IAnsiConsole console, AuditReport report, WriterOptions options)
    {
        if (options.ListSuppressed)
        {
            console.Write(new Rule($"Suppressed findings ({ReportText.Number(report.Suppressed.Length)})").LeftJustified());
            if (report.Suppressed.IsEmpty)
            {
                console.MarkupLine("[grey]No finding is suppressed.[/]");
            }
            else
            {
                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumn("Rule").AddColumn("Location").AddColumn("Severity").AddColumn("Source").AddColumn("Reason").AddColumn("Expires");
                foreach (var s in report.Suppressed)
                {
                    table.AddRow(
                        s.Finding.RuleId.Value, TerminalText.Safe(ReportText.Location(s.Finding.File, s.Finding.Line)), s.Finding.Severity.Badge(),
                        SuppressionText.Source(s.Source), TerminalText.Safe(s.Reason), SuppressionText.Expires(s.Expires));
                }

                console.Write(table);
            }

            console.WriteLine();
        }

        if (report.StaleSuppressions.IsEmpty)
        {
            return;
        }

        console.Write(new Rule($"Stale suppressions ({ReportText.Number(report.StaleSuppressions.Length)})").LeftJustified());
        foreach (var stale in report.StaleSuppressions)
        {
            console.MarkupLine($"  [yellow]![/] {SuppressionText.Source(stale.Source)} {TerminalText.Safe(SuppressionText.Where(stale))} "
                + $"{TerminalText.Safe(stale.Rule)}: {TerminalText.Safe(stale.Reason)}");
        }

        console.WriteLine();
    }
}
