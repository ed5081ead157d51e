using System.Globalization;
using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Tests.Reporting;

public class TerminalReportWriterTests
{
    private const char Escape = '\u001b';

    private static string Render(AuditReport report, bool color, int width = 100) =>
        ReportOutput.Render(ReportFormat.Terminal, report, new WriterOptions(color, width));

    [Fact]
    public void Without_colour_there_is_no_escape_character()
    {
        Assert.DoesNotContain(Escape, Render(SampleReport.Create(), color: false));
    }

    [Fact]
    public void With_colour_the_verdict_is_coloured_by_verdict()
    {
        var output = Render(SampleReport.Create(), color: true);

        Assert.Contains(Escape, output);
        Assert.Contains("\u001b[1;91mNOT READY\u001b[0m", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_from_the_repository_never_reach_the_terminal()
    {
        var report = SampleReport.Create();
        var hostile = report.Findings[0] with
        {
            Snippet = Redactor.Snippet("x = 1\u001b]0;owned\u0007\u202Eevil"),
            Fix = "rm \u001b[2J -rf",
        };

        var output = Render(report with { Findings = [hostile, .. report.Findings[1..]] }, color: true);

        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u202E', output);
        Assert.Contains("│ x = 1\uFFFD]0;owned\uFFFD\uFFFDevil", output, StringComparison.Ordinal);
        Assert.Contains("rm \uFFFD[2J -rf", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_repository_text_is_printed_literally()
    {
        var report = SampleReport.Create() with { VerdictReason = "[red]not markup[/] [link=http://x]y[/]" };

        Assert.Contains("│ [red]not markup[/] [link=http://x]y[/]", Render(report, color: false), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    public void No_line_is_wider_than_the_requested_width(int width)
    {
        var lines = Render(SampleReport.Create(), color: false, width).Split('\n');

        Assert.All(lines, line => Assert.True(new StringInfo(line).LengthInTextElements <= width, $"{line.Length} > {width}: {line}"));
    }

    [Fact]
    public void Shows_scores_findings_and_roadmap_totals()
    {
        var output = Render(SampleReport.Create(), color: false);

        Assert.Contains("│ NOT READY   score 58/100", output, StringComparison.Ordinal);
        Assert.Contains("│ Kubernetes    │   n/a │", output, StringComparison.Ordinal);
        Assert.Contains("MEDIUM    DOC002 No runbook (runbook-missing)", output, StringComparison.Ordinal);
        Assert.Contains("at repository · Documentation · P1", output, StringComparison.Ordinal);
        Assert.Contains("Effort 2 h · 8.3 points lost", output, StringComparison.Ordinal);
        Assert.Contains("── Roadmap · total effort 5.8 h", output, StringComparison.Ordinal);
        Assert.EndsWith("Scanned 42 files (179.2 KB) with 57 rules in 1.2 s.\n", output, StringComparison.Ordinal);
    }
}
