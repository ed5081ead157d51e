using ProdReady.Model.Claims;
using ProdReady.Reporting.Markdown;

namespace ProdReady.Reporting.Claims;

/// <summary>The checked claims as GitHub-flavoured Markdown: a summary, then one table row per claim in document order.</summary>
public sealed class ClaimsMarkdownWriter : IClaimsWriter
{
    public ReportFormat Format => ReportFormat.Markdown;

    public void Write(ClaimsReport report, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        output.Write("# ProdReady claim check\n\n");
        output.Write($"The claims of {MarkdownText.Code(report.Document)} checked against an audit of {MarkdownText.Code(report.Target)}.\n\n");
        output.Write("| Status | Claims |\n|---|--:|\n");
        foreach (var status in ClaimsText.Order)
        {
            output.Write($"| {status.Label()} | {ReportText.Number(report.Count(status))} |\n");
        }

        output.Write("\n## Claims\n\n");
        if (report.Claims.IsEmpty)
        {
            output.Write("The document makes no claim that something is done.\n");
            return;
        }

        output.Write("| Line | Claim | Topic | Status | Evidence |\n|--:|---|---|---|---|\n");
        foreach (var claim in report.Claims)
        {
            output.Write($"| {claim.Line} | {MarkdownText.Escape(claim.Text.Value)} | {MarkdownText.Escape(claim.Topic ?? "—")} "
                + $"| **{claim.Status.Label()}** | {MarkdownText.Escape(ClaimsText.Evidence(claim))} |\n");
        }
    }
}
