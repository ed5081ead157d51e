using ProdReady.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ProdReady.Reporting.Terminal;

/// <summary>The findings section: most severe first, each with its location, snippet, fix and cost.</summary>
internal static class TerminalFindings
{
    public static void Write(IAnsiConsole console, IReadOnlyList<Finding> findings)
    {
        console.Write(new Rule($"Findings ({ReportText.Number(findings.Count)})").LeftJustified());
        if (findings.Count == 0)
        {
            console.MarkupLine("[green]No findings.[/]");
            console.WriteLine();
            return;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var finding in findings)
        {
            grid.AddRow(new Markup(finding.Severity.Badge()), Details(finding));
            grid.AddEmptyRow();
        }

        console.Write(grid);
    }

    private static Rows Details(Finding finding)
    {
        var rows = new List<IRenderable>
        {
            new Markup($"[bold]{finding.RuleId.Value}[/] [bold]{TerminalText.Safe(finding.Title)}[/] [grey]({TerminalText.Safe(finding.RuleName)})[/]"),
            new Markup($"[grey]at[/] {TerminalText.Safe(ReportText.Location(finding.File, finding.Line))} "
                + $"[grey]· {TerminalText.Safe(finding.Area.Label())} · {finding.Priority.Id()}[/]"),
        };
        if (finding.Snippet is { } snippet)
        {
            var lines = ReportText.Sanitize(snippet.Value, keepLineBreaks: true).Split('\n');
            rows.Add(new Text(string.Join('\n', lines.Select(l => $"│ {l}")), new Style(decoration: Decoration.Dim)));
        }

        rows.Add(new Markup(TerminalText.Safe(finding.Message.Value)));
        rows.Add(new Markup($"[bold]Impact:[/] {TerminalText.Safe(finding.Impact)}"));
        rows.Add(new Markup($"[bold]Fix:[/] {TerminalText.Safe(finding.Fix)}"));
        rows.Add(new Markup($"[grey]Effort {ReportText.Hours(finding.EffortHours)} · {ReportText.Number(finding.PointsLost)} points lost[/]"));
        return new Rows(rows);
    }
}
