using ProdReady.Model;

namespace ProdReady.Reporting.Markdown;

/// <summary>The findings section: grouped by severity, most severe first, each with its evidence and fix.</summary>
internal static class MarkdownFindings
{
    public static void Write(MarkdownDocument doc, IReadOnlyList<Finding> findings)
    {
        doc.Heading(2, "Findings");
        if (findings.Count == 0)
        {
            doc.Paragraph("No findings.");
            return;
        }

        foreach (var severity in ReportText.SeveritiesDescending)
        {
            var group = findings.Where(f => f.Severity == severity).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            doc.Heading(3, $"{severity.Label()} ({ReportText.Number(group.Count)})");
            foreach (var finding in group)
            {
                WriteFinding(doc, finding);
            }
        }
    }

    private static void WriteFinding(MarkdownDocument doc, Finding finding)
    {
        doc.Heading(4, $"{finding.RuleId.Value} · {MarkdownText.Escape(finding.Title)}");
        var location = finding.File is null ? ReportText.Repository : MarkdownText.Code(ReportText.Location(finding.File, finding.Line));
        doc.Line($"- **Rule:** {finding.RuleId.Value} {MarkdownText.Escape(finding.RuleName)}");
        doc.Line($"- **Location:** {location}");
        doc.Line($"- **Severity:** {finding.Severity.Id()} · **Area:** {MarkdownText.Escape(finding.Area.Label())} · **Priority:** {finding.Priority.Id()}");
        doc.Line($"- **Effort:** {ReportText.Hours(finding.EffortHours)} · **Points lost:** {ReportText.Number(finding.PointsLost)}");
        doc.Line();
        if (finding.Snippet is { } snippet)
        {
            var block = MarkdownText.CodeBlock(snippet.Value);
            var fence = MarkdownText.Fence(block);
            doc.Line(fence);
            doc.Line(block);
            doc.Paragraph(fence);
        }

        doc.Paragraph($"**Message:** {MarkdownText.Escape(finding.Message.Value)}");
        doc.Paragraph($"**Impact:** {MarkdownText.Escape(finding.Impact)}");
        doc.Paragraph($"**Fix:** {MarkdownText.Escape(finding.Fix)}");
    }
}
