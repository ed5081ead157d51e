using Microsoft.Playwright;
using ProdReady.Reporting;
using ProdReady.Tests.Fixtures;
using ProdReady.Tests.Reporting;

namespace ProdReady.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class HtmlReportBrowserTests(BrowserFixture browser)
{
    private static string Html(Model.AuditReport report) => ReportOutput.Render(ReportFormat.Html, report);

    [Fact]
    public async Task Real_audit_loads_without_console_errors_or_network_and_is_kept_as_a_screenshot_and_pdf()
    {
        var report = FixtureAudit.Run("fastapi-predictive-maintenance");
        await using var page = await ReportPage.OpenAsync(browser.Browser, Html(report));

        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "html-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        var pdf = await page.Page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });

        Assert.Empty(page.Errors);
        Assert.Empty(page.OtherRequests);
        Assert.Equal(report.Findings.Length, await page.VisibleFindingsAsync());
        Assert.Equal($"Showing {report.Findings.Length} of {report.Findings.Length} findings", await page.Page.Locator("#shown").TextContentAsync());
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.True(pdf.Length > 10_000);
    }

    [Fact]
    public async Task Filters_by_severity_area_and_file_show_exactly_the_matching_findings()
    {
        await using var page = await ReportPage.OpenAsync(browser.Browser, Html(SampleReport.Create()));
        var form = page.Page.Locator("#filters");

        Assert.True(await form.IsVisibleAsync());
        Assert.Equal(4, await page.VisibleFindingsAsync());

        await page.Page.Locator("input[name=severity][value=critical]").UncheckAsync();
        Assert.Equal(3, await page.VisibleFindingsAsync());
        Assert.False(await page.Page.Locator("#finding-1").IsVisibleAsync());
        Assert.Equal("Showing 3 of 4 findings", await page.Page.Locator("#shown").TextContentAsync());

        await page.Page.Locator("select[name=area]").SelectOptionAsync("security");
        Assert.Equal(1, await page.VisibleFindingsAsync());
        Assert.True(await page.Page.Locator("article[data-area=security]").IsVisibleAsync());

        await page.Page.Locator("select[name=area]").SelectOptionAsync("secrets");
        Assert.Equal(0, await page.VisibleFindingsAsync());

        await page.Page.Locator("input[name=severity][value=critical]").CheckAsync();
        Assert.Equal(1, await page.VisibleFindingsAsync());

        await page.Page.Locator("select[name=area]").SelectOptionAsync("");
        await page.Page.Locator("select[name=file]").SelectOptionAsync("repository");
        Assert.Equal(1, await page.VisibleFindingsAsync());
        Assert.True(await page.Page.Locator("article[data-severity=medium]").IsVisibleAsync());

        await page.Page.Locator("select[name=file]").SelectOptionAsync("file:.github/workflows/ci.yml");
        await page.Page.Locator("input[name=severity][value=low]").UncheckAsync();
        Assert.Equal(0, await page.VisibleFindingsAsync());
        Assert.Equal("Showing 0 of 4 findings", await page.Page.Locator("#shown").TextContentAsync());
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Without_script_every_finding_is_shown_and_the_filters_stay_hidden()
    {
        await using var page = await ReportPage.OpenAsync(browser.Browser, Html(SampleReport.Create()), javaScript: false);

        Assert.Equal(4, await page.VisibleFindingsAsync());
        Assert.False(await page.Page.Locator("#filters").IsVisibleAsync());
        Assert.False(await page.Page.Locator("#shown").IsVisibleAsync());
    }

    [Fact]
    public async Task Hostile_repository_text_stays_inert_and_is_shown_literally()
    {
        await using var page = await ReportPage.OpenAsync(browser.Browser, Html(HostileReport.Create()));
        var template = page.Page.Locator("#finding-2");

        Assert.Equal("undefined", await page.Page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Equal(1, await page.Page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Page.Locator("img").CountAsync());
        Assert.Equal(0, await page.Page.Locator("a").CountAsync());
        Assert.Equal($"{HostileReport.ScriptTag}\n{HostileReport.ImageTag}", await template.Locator("pre.snippet").TextContentAsync());
        Assert.Equal(HostileReport.JavaScriptLink, await template.Locator("p.message").TextContentAsync());
        Assert.Equal($"{HostileReport.HostileFile}:7", await template.Locator("code.where").TextContentAsync());
        Assert.Equal($"Reason {HostileReport.ScriptTag}", await page.Page.Locator("p.reason").TextContentAsync());
        Assert.Equal("file:" + HostileReport.HostileFile, await template.GetAttributeAsync("data-file"));

        await page.Page.Locator("select[name=file]").SelectOptionAsync("file:" + HostileReport.HostileFile);
        Assert.Equal(1, await page.VisibleFindingsAsync());
        Assert.Equal("undefined", await page.Page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Empty(page.OtherRequests);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Content_security_policy_blocks_a_script_that_escaped_encoding()
    {
        var injected = Html(SampleReport.Create()).Replace("</footer>", "</footer>\n<script>window.__pwned=1</script>", StringComparison.Ordinal);
        await using var page = await ReportPage.OpenAsync(browser.Browser, injected);

        Assert.Equal("undefined", await page.Page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Contains(page.Errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
        Assert.Equal(4, await page.VisibleFindingsAsync());
        Assert.True(await page.Page.Locator("#filters").IsVisibleAsync());
    }

    [Fact]
    public async Task Print_hides_the_filters_and_keeps_every_finding()
    {
        await using var page = await ReportPage.OpenAsync(browser.Browser, Html(SampleReport.Create()));

        await page.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Page.Locator("#filters").IsVisibleAsync());
        Assert.False(await page.Page.Locator("#shown").IsVisibleAsync());
        Assert.Equal(4, await page.VisibleFindingsAsync());
        Assert.True(await page.Page.Locator("svg.gauge").IsVisibleAsync());
    }
}
