using ProdReady.Reporting;
using ProdReady.Reporting.Claims;
using ProdReady.Tests.Reporting;

namespace ProdReady.Tests.Claims;

public class ClaimsOutputTests
{
    [Fact]
    public void Json_claims_match_the_approved_file() => ApprovedFile.Verify("claims.json", Render(ReportFormat.Json));

    [Fact]
    public void Markdown_claims_match_the_approved_file() => ApprovedFile.Verify("claims.md", Render(ReportFormat.Markdown));

    [Fact]
    public void Terminal_claims_match_the_approved_file() => ApprovedFile.Verify("claims.txt", Render(ReportFormat.Terminal));

    [Fact]
    public void Markdown_claims_keep_document_text_inert()
    {
        var markdown = Render(ReportFormat.Markdown);

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("CORS \\| locked &lt;script&gt;", markdown, StringComparison.Ordinal);
    }

    private static string Render(ReportFormat format)
    {
        var writer = new StringWriter();
        ClaimsWriters.For(format).Write(SampleClaimsReport.Create(), writer, new WriterOptions(Color: false, Width: 100));
        return writer.ToString();
    }
}
