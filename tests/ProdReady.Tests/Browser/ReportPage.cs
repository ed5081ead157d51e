using Microsoft.Playwright;

namespace ProdReady.Tests.Browser;

/// <summary>
/// An HTML report opened in the browser as if from a web address. Every request goes through a route: the report's
/// own address is answered with the page, anything else is recorded and refused, so a test sees any attempt to reach
/// the network. Console errors and uncaught script errors are recorded too.
/// </summary>
public sealed class ReportPage : IAsyncDisposable
{
    public const string Address = "http://report.prodready.test/prodready.html";

    private readonly IBrowserContext _context;

    private ReportPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    public List<string> OtherRequests { get; } = [];

    public static async Task<ReportPage> OpenAsync(IBrowser browser, string html, bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript, ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        var report = new ReportPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                report.Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => report.Errors.Add(error);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url == Address)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = html });
                return;
            }

            report.OtherRequests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        await page.GotoAsync(Address, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return report;
    }

    public Task<int> VisibleFindingsAsync() => Page.Locator("article.finding:visible").CountAsync();

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
