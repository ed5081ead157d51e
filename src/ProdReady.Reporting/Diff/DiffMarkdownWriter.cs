using System.Collections.Immutable;
using ProdReady.Reporting.Json;
using ProdReady.Reporting.Markdown;

namespace ProdReady.Reporting.Diff;

/// <summary>The diff as GitHub-flavoured Markdown, for a pull request comment or a job summary.</summary>
public sealed class DiffMarkdownWriter : IDiffWriter
{
    public ReportFormat Format => ReportFormat.Markdown;

    public void Write(ReportDiff diff, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(output);

        output.Write("# ProdReady diff\n\n");
        output.Write($"Comparing {MarkdownText.Code(diff.TargetBefore)} (before) with {MarkdownText.Code(diff.TargetAfter)} (after).\n\n");
        output.Write($"- **Score:** {diff.ScoreBefore} → {diff.ScoreAfter} ({DiffText.Delta(diff.ScoreAfter - diff.ScoreBefore)})\n");
        output.Write($"- **Verdict:** {DiffText.Verdict(diff.VerdictBefore)} → {DiffText.Verdict(diff.VerdictAfter)}\n");
        output.Write($"- **Findings:** {DiffText.Summary(diff)}\n\n");

        output.Write("## Findings by severity\n\n| Severity | Before | After | Change |\n|---|--:|--:|--:|\n");
        foreach (var severity in DiffText.Severities)
        {
            var before = DiffText.Count(diff.CountsBefore, severity);
            var after = DiffText.Count(diff.CountsAfter, severity);
            output.Write($"| {severity} | {before} | {after} | {DiffText.Delta(after - before)} |\n");
        }

        output.Write("\n## Scores by area\n\n| Area | Before | After | Change |\n|---|--:|--:|--:|\n");
        foreach (var area in diff.Areas)
        {
            output.Write($"| {MarkdownText.Escape(area.Id)} | {DiffText.Score(area.ScoreBefore)} | {DiffText.Score(area.ScoreAfter)} | {DiffText.Delta(area.Delta)} |\n");
        }

        WriteFindings(output, "Introduced", diff.Introduced);
        WriteFindings(output, "Resolved", diff.Resolved);
        WriteFindings(output, "Persisting", diff.Persisting);
    }

    private static void WriteFindings(TextWriter output, string heading, ImmutableArray<JsonFinding> findings)
    {
        output.Write($"\n## {heading} ({findings.Length})\n\n");
        if (findings.IsEmpty)
        {
            output.Write("None.\n");
            return;
        }

        output.Write("| Severity | Rule | Location | Finding |\n|---|---|---|---|\n");
        foreach (var f in findings)
        {
            output.Write($"| {f.Severity} | {MarkdownText.Escape(f.RuleId)} | {MarkdownText.Code(DiffText.Location(f))} | {MarkdownText.Escape(f.Message)} |\n");
        }
    }
}
