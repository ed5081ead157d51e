using System.Collections.Immutable;
using ProdReady.Reporting.Json;
using ProdReady.Reporting.Terminal;
using Spectre.Console;

namespace ProdReady.Reporting.Diff;

/// <summary>The diff for a terminal, rendered with Spectre.Console.</summary>
public sealed class DiffTerminalWriter : IDiffWriter
{
    public ReportFormat Format => ReportFormat.Terminal;

    public void Write(ReportDiff diff, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        var console = TerminalConsole.Create(output, options);
        console.Write(new Rule($"[bold]ProdReady diff[/] · {TerminalText.Safe(diff.TargetBefore)} → {TerminalText.Safe(diff.TargetAfter)}").LeftJustified());
        var delta = diff.ScoreAfter - diff.ScoreBefore;
        var colour = delta switch { > 0 => "green", < 0 => "red", _ => "grey" };
        var banner = new Rows(
            new Markup($"score [bold]{diff.ScoreBefore}[/] → [bold]{diff.ScoreAfter}[/] [{colour}]({DiffText.Delta(delta)})[/]"),
            new Markup($"verdict {TerminalText.Safe(DiffText.Verdict(diff.VerdictBefore))} → [bold]{TerminalText.Safe(DiffText.Verdict(diff.VerdictAfter))}[/]"),
            new Markup($"[grey]{TerminalText.Safe(DiffText.Summary(diff))}[/]"));
        console.Write(new Panel(banner).Header(" Before → after ").RoundedBorder().Expand());
        console.WriteLine();
        console.Write(ScoreTable(diff));
        console.WriteLine();
        WriteFindings(console, "Introduced", diff.Introduced, "red");
        WriteFindings(console, "Resolved", diff.Resolved, "green");
        WriteFindings(console, "Persisting", diff.Persisting, "yellow");
    }

    private static Table ScoreTable(ReportDiff diff)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Scores and findings");
        table.AddColumn(new TableColumn("").NoWrap());
        table.AddColumn(new TableColumn("Before").RightAligned());
        table.AddColumn(new TableColumn("After").RightAligned());
        table.AddColumn(new TableColumn("Change").RightAligned());
        table.AddRow("[bold]score[/]", DiffText.Score(diff.ScoreBefore), DiffText.Score(diff.ScoreAfter), DiffText.Delta(diff.ScoreAfter - diff.ScoreBefore));
        foreach (var area in diff.Areas)
        {
            table.AddRow(TerminalText.Safe(area.Id), DiffText.Score(area.ScoreBefore), DiffText.Score(area.ScoreAfter), DiffText.Delta(area.Delta));
        }

        table.AddEmptyRow();
        foreach (var severity in DiffText.Severities)
        {
            var before = DiffText.Count(diff.CountsBefore, severity);
            var after = DiffText.Count(diff.CountsAfter, severity);
            table.AddRow($"{severity} findings", before.ToString(System.Globalization.CultureInfo.InvariantCulture),
                after.ToString(System.Globalization.CultureInfo.InvariantCulture), DiffText.Delta(after - before));
        }

        return table;
    }

    private static void WriteFindings(IAnsiConsole console, string heading, ImmutableArray<JsonFinding> findings, string colour)
    {
        console.Write(new Rule($"[{colour}]{heading}[/] ({findings.Length})").LeftJustified());
        if (findings.IsEmpty)
        {
            console.MarkupLine("[grey]None.[/]");
            console.WriteLine();
            return;
        }

        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var f in findings)
        {
            grid.AddRow(
                $"[bold]{TerminalText.Safe(f.Severity.ToUpperInvariant())}[/]",
                TerminalText.Safe(f.RuleId),
                $"{TerminalText.Safe(f.Message)} [grey]· {TerminalText.Safe(DiffText.Location(f))}[/]");
        }

        console.Write(grid);
        console.WriteLine();
    }
}
