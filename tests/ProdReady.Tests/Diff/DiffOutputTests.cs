using ProdReady.Reporting;
using ProdReady.Reporting.Diff;
using ProdReady.Tests.Reporting;

namespace ProdReady.Tests.Diff;

public class DiffOutputTests
{
    [Fact]
    public void Json_diff_matches_the_approved_file() => ApprovedFile.Verify("diff.json", Render(ReportFormat.Json));

    [Fact]
    public void Markdown_diff_matches_the_approved_file() => ApprovedFile.Verify("diff.md", Render(ReportFormat.Markdown));

    [Fact]
    public void Terminal_diff_matches_the_approved_file() => ApprovedFile.Verify("diff.txt", Render(ReportFormat.Terminal));

    [Fact]
    public void Markdown_diff_keeps_repository_text_inert()
    {
        var markdown = Render(ReportFormat.Markdown);

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markdown, StringComparison.Ordinal);
    }

    private static string Render(ReportFormat format)
    {
        var diff = ReportDiffer.Compare(SampleDiffReports.Before(), SampleDiffReports.After());
        var writer = new StringWriter();
        DiffWriters.For(format).Write(diff, writer, new WriterOptions(Color: false, Width: 100));
        return writer.ToString();
    }
}
