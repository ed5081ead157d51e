using ProdReady.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ProdReady.Reporting.Terminal;

/// <summary>The human report for a terminal, rendered with Spectre.Console.</summary>
public sealed class TerminalReportWriter : IReportWriter
{
    private const int SkippedListed = 10;

    public ReportFormat Format => ReportFormat.Terminal;

    public void Write(AuditReport report, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        var console = TerminalConsole.Create(output, options);
        WriteHeader(console, report);
        console.Write(AreaTable(report));
        console.WriteLine();
        TerminalFindings.Write(console, report.Findings);
        TerminalSuppressions.Write(console, report, options);
        WritePassed(console, report.Passed);
        WriteRoadmap(console, report);
        WriteStack(console, report.Stack);
        WriteSkipped(console, report.Skipped);
        console.MarkupLine($"[grey]{TerminalText.Safe(ReportText.Footer(report))}.[/]");
    }

    private static void WriteHeader(IAnsiConsole console, AuditReport report)
    {
        var commit = report.Target.Commit is { } c ? $" @ {TerminalText.Safe(c)}" : string.Empty;
        console.Write(new Rule($"[bold]{TerminalText.Safe(report.Tool.Name)} {TerminalText.Safe(report.Tool.Version)}[/] · {TerminalText.Safe(report.Target.Path)}{commit}")
            .LeftJustified());
        var colour = report.Verdict.Colour();
        var banner = new Rows(
            new Markup($"[bold {colour.ToMarkup()}]{report.Verdict.Label().ToUpperInvariant()}[/]   score [bold]{ReportText.Score(report.Score)}[/]"),
            new Markup(TerminalText.Safe(report.VerdictReason)),
            new Markup($"[grey]{ReportText.CountsSummary(report.Counts)} · estimated effort {ReportText.Hours(report.TotalEffortHours)}{SuppressionText.Summary(report)}[/]"));
        console.Write(new Panel(banner).Header(" Verdict ").RoundedBorder().BorderColor(colour).Expand());
        console.WriteLine();
    }

    private static Table AreaTable(AuditReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Scores and findings by area");
        table.AddColumn(new TableColumn("Area").NoWrap()).AddColumn(new TableColumn("Score").RightAligned());
        foreach (var severity in ReportText.SeveritiesDescending)
        {
            table.AddColumn(new TableColumn(severity.Label()).RightAligned());
        }

        foreach (var area in report.Areas)
        {
            table.AddRow([TerminalText.Safe(area.Area.Label()), TerminalText.Score(area.Score), .. CountCells(area.Counts)]);
        }

        table.AddEmptyRow();
        table.AddRow(["[bold]Overall[/]", TerminalText.Score(report.Score), .. CountCells(report.Counts)]);
        return table;
    }

    private static IEnumerable<string> CountCells(SeverityCounts counts) =>
        ReportText.SeveritiesDescending.Select(s => TerminalText.Count(counts[s], s));

    private static void WritePassed(IAnsiConsole console, IReadOnlyList<PassedCheck> passed)
    {
        console.Write(new Rule($"Good practices found ({ReportText.Number(passed.Count)})").LeftJustified());
        if (passed.Count == 0)
        {
            console.MarkupLine("[grey]No rule passed with evidence.[/]");
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var check in passed)
        {
            var location = ReportText.PassedLocation(check) is { } at ? $" · {TerminalText.Safe(at)}" : string.Empty;
            grid.AddRow(
                new Markup("[green]✓[/]"),
                new Markup($"{TerminalText.Safe(check.Evidence.Value)}[grey]{location} · {check.RuleId.Value} passed (checks for: {TerminalText.Safe(check.Title)})[/]"));
        }

        console.Write(grid);
        console.WriteLine();
    }

    private static void WriteRoadmap(IAnsiConsole console, AuditReport report)
    {
        console.Write(new Rule($"Roadmap · total effort {ReportText.Hours(report.TotalEffortHours)}").LeftJustified());
        if (report.Roadmap.All(p => p.Items.IsEmpty))
        {
            console.MarkupLine("[grey]Nothing to fix.[/]");
            console.WriteLine();
            return;
        }

        foreach (var phase in report.Roadmap.Where(p => !p.Items.IsEmpty))
        {
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"[bold]{phase.Priority.Id()}[/] · {TerminalText.Safe(phase.Name)} · {ReportText.Hours(phase.EffortHours)}")
                .AddColumn("Rule").AddColumn("Title").AddColumn("Severity")
                .AddColumn(new TableColumn("Findings").RightAligned())
                .AddColumn(new TableColumn("Effort").RightAligned())
                .AddColumn(new TableColumn("Points").RightAligned());
            foreach (var item in phase.Items)
            {
                table.AddRow(
                    item.RuleId.Value, TerminalText.Safe(item.Title), item.Severity.Badge(), ReportText.Number(item.Findings),
                    ReportText.Hours(item.EffortHours), $"+{ReportText.Number(item.PointsGained)}");
            }

            console.Write(table);
        }

        console.WriteLine();
    }

    private static void WriteStack(IAnsiConsole console, StackSummary stack)
    {
        console.Write(new Rule("Stack detected").LeftJustified());
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow(new Markup("[bold]Languages[/]"), Technologies(stack.Languages));
        grid.AddRow(new Markup("[bold]Frameworks[/]"), Technologies(stack.Frameworks));
        grid.AddRow(new Markup("[bold]Infrastructure[/]"), Technologies(stack.Infrastructure));
        console.Write(grid);
        console.WriteLine();
    }

    private static IRenderable Technologies(IReadOnlyList<DetectedTechnology> technologies) =>
        technologies.Count == 0
            ? new Markup("[grey]none detected[/]")
            : new Markup(string.Join(", ", technologies.Select(t => $"{TerminalText.Safe(t.Name)} [grey]({TerminalText.Safe(t.Evidence)})[/]")));

    private static void WriteSkipped(IAnsiConsole console, IReadOnlyList<SkippedFile> skipped)
    {
        if (skipped.Count == 0)
        {
            return;
        }

        console.Write(new Rule($"Skipped {ReportText.Plural(skipped.Count, "file", "files")}").LeftJustified());
        foreach (var file in skipped.Take(SkippedListed))
        {
            console.MarkupLine($"  {TerminalText.Safe(file.Path)} [grey]({TerminalText.Safe(file.Reason)})[/]");
        }

        if (skipped.Count > SkippedListed)
        {
            console.MarkupLine($"  [grey]… and {ReportText.Number(skipped.Count - SkippedListed)} more (see the JSON or Markdown report)[/]");
        }

        console.WriteLine();
    }
}
