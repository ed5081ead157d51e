using ProdReady.Reporting;

namespace ProdReady.Tests.Reporting;

public class ReportWritersTests
{
    [Fact]
    public void Every_format_has_exactly_one_writer()
    {
        Assert.Equal(Enum.GetValues<ReportFormat>(), ReportWriters.All.Select(w => w.Format).Order());
    }

    [Theory]
    [InlineData(ReportFormat.Terminal)]
    [InlineData(ReportFormat.Markdown)]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Sarif)]
    public void For_returns_the_writer_of_the_format(ReportFormat format)
    {
        Assert.Equal(format, ReportWriters.For(format).Format);
    }

    [Fact]
    public void For_an_unknown_format_fails_clearly()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWriters.For((ReportFormat)99));
    }

    [Theory]
    [InlineData(ReportFormat.Terminal, false)]
    [InlineData(ReportFormat.Terminal, true)]
    [InlineData(ReportFormat.Markdown, false)]
    [InlineData(ReportFormat.Json, false)]
    [InlineData(ReportFormat.Html, false)]
    [InlineData(ReportFormat.Sarif, false)]
    public void Equal_reports_give_byte_identical_output(ReportFormat format, bool color)
    {
        var options = new WriterOptions(color, 100);

        Assert.Equal(
            ReportOutput.Render(format, SampleReport.Create(), options),
            ReportOutput.Render(format, SampleReport.Create(), options));
    }
}
