using ProdReady.Model;

namespace ProdReady.Reporting.Markdown;

/// <summary>Stale suppressions always, and the suppressed findings when asked for (<c>--list-suppressed</c>).</summary>
internal static class MarkdownSuppressions
{
    public static void Write(MarkdownDocument doc, AuditReport report, WriterOptions options)
    {
        if (options.ListSuppressed)
        {
            doc.Heading(2, $"Suppressed findings ({ReportText.Number(report.Suppressed.Length)})");
            if (report.Suppressed.IsEmpty)
            {
                doc.Paragraph("No finding is suppressed.");
            }
            else
            {
                doc.Table(
                    ["Rule", "Location", "Severity", "Source", "Reason", "Expires"],
                    report.Suppressed.Select(s => new[]
                    {
                        s.Finding.RuleId.Value, MarkdownText.Code(ReportText.Location(s.Finding.File, s.Finding.Line)), s.Finding.Severity.Id(),
                        SuppressionText.Source(s.Source), MarkdownText.Escape(s.Reason), SuppressionText.Expires(s.Expires),
                    }),
                    textColumns: 6);
            }
        }

        if (report.StaleSuppressions.IsEmpty)
        {
            return;
        }

        doc.Heading(2, $"Stale suppressions ({ReportText.Number(report.StaleSuppressions.Length)})");
        foreach (var stale in report.StaleSuppressions)
        {
            doc.Line($"- {SuppressionText.Source(stale.Source)} {MarkdownText.Code(SuppressionText.Where(stale))} "
                + $"{MarkdownText.Escape(stale.Rule)}: {MarkdownText.Escape(stale.Reason)}");
        }

        doc.Line();
    }
}
