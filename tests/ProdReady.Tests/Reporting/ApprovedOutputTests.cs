using ProdReady.Reporting;

namespace ProdReady.Tests.Reporting;

public class ApprovedOutputTests
{
    [Fact]
    public void Json_report_matches_the_approved_file() =>
        ApprovedFile.Verify("report.json", ReportOutput.Render(ReportFormat.Json, SampleReport.Create()));

    [Fact]
    public void Markdown_report_matches_the_approved_file() =>
        ApprovedFile.Verify("report.md", ReportOutput.Render(ReportFormat.Markdown, SampleReport.Create()));

    [Fact]
    public void Terminal_report_matches_the_approved_file() =>
        ApprovedFile.Verify("report.txt", ReportOutput.Render(ReportFormat.Terminal, SampleReport.Create(), new WriterOptions(Color: false, Width: 100)));
}
