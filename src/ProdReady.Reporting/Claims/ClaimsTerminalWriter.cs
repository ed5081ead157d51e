using ProdReady.Model.Claims;
using ProdReady.Reporting.Terminal;
using Spectre.Console;

namespace ProdReady.Reporting.Claims;

/// <summary>The checked claims for a terminal, rendered with Spectre.Console.</summary>
public sealed class ClaimsTerminalWriter : IClaimsWriter
{
    public ReportFormat Format => ReportFormat.Terminal;

    public void Write(ClaimsReport report, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        var console = TerminalConsole.Create(output, options);
        console.Write(new Rule($"[bold]ProdReady claim check[/] · {TerminalText.Safe(report.Document)} against {TerminalText.Safe(report.Target)}").LeftJustified());
        console.MarkupLine(TerminalText.Safe(ClaimsText.Summary(report)));
        console.WriteLine();
        if (report.Claims.IsEmpty)
        {
            console.MarkupLine("[grey]The document makes no claim that something is done.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Line").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Claim"));
        table.AddColumn(new TableColumn("Topic").NoWrap());
        table.AddColumn(new TableColumn("Status").NoWrap());
        table.AddColumn(new TableColumn("Evidence"));
        foreach (var claim in report.Claims)
        {
            table.AddRow(
                ReportText.Number(claim.Line),
                TerminalText.Safe(claim.Text.Value),
                TerminalText.Safe(claim.Topic ?? "—"),
                $"[{Colour(claim.Status)}]{claim.Status.Label()}[/]",
                $"[grey]{TerminalText.Safe(ClaimsText.Evidence(claim))}[/]");
        }

        console.Write(table);
    }

    private static string Colour(ClaimStatus status) => status switch
    {
        ClaimStatus.Contradicted => "red",
        ClaimStatus.NoEvidence => "yellow",
        ClaimStatus.Supported => "green",
        _ => "grey",
    };
}
