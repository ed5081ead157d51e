using ProdReady.Model;

namespace ProdReady.Reporting.Markdown;

/// <summary>GitHub-flavoured Markdown for a pull-request comment or a job summary. Every repository-derived string is
/// escaped or fenced, so a hostile repository cannot inject markup.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    private const int SkippedShownOpen = 5;

    public ReportFormat Format => ReportFormat.Markdown;

    public void Write(AuditReport report, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        var doc = new MarkdownDocument(output);
        WriteSummary(doc, report);
        WriteAreaScores(doc, report);
        WriteSeverityTable(doc, report);
        MarkdownFindings.Write(doc, report.Findings);
        MarkdownSuppressions.Write(doc, report, options);
        WritePassed(doc, report.Passed);
        WriteRoadmap(doc, report);
        WriteStack(doc, report.Stack);
        WriteSkipped(doc, report.Skipped);
        doc.Line("---");
        doc.Line();
        doc.Line($"_{MarkdownText.Escape(ReportText.Footer(report))} · {MarkdownText.Escape($"{report.Tool.Name} {report.Tool.Version}")}_");
    }

    private static void WriteSummary(MarkdownDocument doc, AuditReport report)
    {
        doc.Heading(1, $"Production readiness: {MarkdownText.Escape(report.Target.Path)}");
        if (report.Target.Commit is { } commit)
        {
            doc.Paragraph($"Commit {MarkdownText.Code(commit)}");
        }

        doc.Paragraph($"**Verdict: {report.Verdict.Label()}.** {MarkdownText.Escape(report.VerdictReason)}");
        doc.Paragraph($"**Score: {ReportText.Score(report.Score)}** · {ReportText.CountsSummary(report.Counts)} · "
            + $"estimated effort {ReportText.Hours(report.TotalEffortHours)}{SuppressionText.Summary(report)}");
    }

    private static void WriteAreaScores(MarkdownDocument doc, AuditReport report)
    {
        doc.Heading(2, "Scores by area");
        doc.Table(
            ["Area", "Score", "Rules passed", "Rules failed"],
            report.Areas.Select(a => new[]
            {
                MarkdownText.Escape(a.Area.Label()), ReportText.AreaScore(a.Score), ReportText.Number(a.RulesPassed), ReportText.Number(a.RulesFailed),
            }));
    }

    private static void WriteSeverityTable(MarkdownDocument doc, AuditReport report)
    {
        doc.Heading(2, "Findings by area and severity");
        var severities = ReportText.SeveritiesDescending;
        var rows = report.Areas
            .Where(a => a.Score is not null || a.Counts.Total > 0)
            .Select(a => CountsRow(MarkdownText.Escape(a.Area.Label()), a.Counts, severities, bold: false))
            .Append(CountsRow("Total", report.Counts, severities, bold: true));
        doc.Table(["Area", .. severities.Select(s => s.Label()), "Total"], rows);
    }

    private static string[] CountsRow(string label, SeverityCounts counts, IReadOnlyList<Severity> severities, bool bold)
    {
        var cells = severities.Select(s => counts[s]).Append(counts.Total).Select(n => ReportText.Number(n)).Prepend(label);
        return [.. cells.Select(c => bold ? $"**{c}**" : c)];
    }

    private static void WritePassed(MarkdownDocument doc, IReadOnlyList<PassedCheck> passed)
    {
        doc.Heading(2, $"Good practices found ({ReportText.Number(passed.Count)})");
        if (passed.Count == 0)
        {
            doc.Paragraph("No rule passed with evidence.");
            return;
        }

        // A rule's title names the problem it looks for, so the evidence leads and the rule follows as the source.
        foreach (var check in passed)
        {
            var location = ReportText.PassedLocation(check) is { } at ? $" {MarkdownText.Code(at)}" : string.Empty;
            doc.Line($"- **{MarkdownText.Escape(check.Evidence.Value)}**{location} · {MarkdownText.Escape(check.Area.Label())} · "
                + $"{check.RuleId.Value} passed (checks for: {MarkdownText.Escape(check.Title)})");
        }

        doc.Line();
    }

    private static void WriteRoadmap(MarkdownDocument doc, AuditReport report)
    {
        doc.Heading(2, "Roadmap");
        if (report.Roadmap.All(p => p.Items.IsEmpty))
        {
            doc.Paragraph("Nothing to fix.");
            return;
        }

        foreach (var phase in report.Roadmap.Where(p => !p.Items.IsEmpty))
        {
            doc.Heading(3, $"{phase.Priority.Id()} · {MarkdownText.Escape(phase.Name)} ({ReportText.Hours(phase.EffortHours)})");
            doc.Table(
                ["Rule", "Title", "Severity", "Findings", "Effort (h)", "Points gained"],
                phase.Items.Select(i => new[]
                {
                    i.RuleId.Value, MarkdownText.Escape(i.Title), i.Severity.Id(), ReportText.Number(i.Findings),
                    ReportText.Number(i.EffortHours), ReportText.Number(i.PointsGained),
                }),
                textColumns: 3);
        }

        doc.Paragraph($"**Total effort:** {ReportText.Hours(report.TotalEffortHours)}");
    }

    private static void WriteStack(MarkdownDocument doc, StackSummary stack)
    {
        doc.Heading(2, "Stack detected");
        doc.Line($"- **Languages:** {Technologies(stack.Languages)}");
        doc.Line($"- **Frameworks:** {Technologies(stack.Frameworks)}");
        doc.Line($"- **Infrastructure:** {Technologies(stack.Infrastructure)}");
        doc.Line();
    }

    private static string Technologies(IReadOnlyList<DetectedTechnology> technologies) =>
        technologies.Count == 0
            ? "none detected"
            : string.Join(", ", technologies.Select(t => $"{MarkdownText.Escape(t.Name)} ({MarkdownText.Escape(t.Evidence)})"));

    private static void WriteSkipped(MarkdownDocument doc, IReadOnlyList<SkippedFile> skipped)
    {
        if (skipped.Count == 0)
        {
            return;
        }

        doc.Heading(2, $"Skipped files ({ReportText.Number(skipped.Count)})");
        var collapse = skipped.Count > SkippedShownOpen;
        if (collapse)
        {
            doc.Line("<details>");
            doc.Paragraph($"<summary>{ReportText.Plural(skipped.Count, "file was", "files were")} not read</summary>");
        }

        foreach (var file in skipped)
        {
            doc.Line($"- {MarkdownText.Code(file.Path)}: {MarkdownText.Escape(file.Reason)}");
        }

        doc.Line();
        if (collapse)
        {
            doc.Paragraph("</details>");
        }
    }
}
