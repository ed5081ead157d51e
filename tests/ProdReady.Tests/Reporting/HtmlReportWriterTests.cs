using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Tests.Reporting;

public partial class HtmlReportWriterTests
{
    private static string Render(AuditReport? report = null) => ReportOutput.Render(ReportFormat.Html, report ?? SampleReport.Create());

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    [Fact]
    public void Hand_made_report_matches_the_approved_file() => ApprovedFile.Verify("report.html", Render());

    [Fact]
    public void Content_security_policy_allows_only_the_pages_own_style_and_script_by_hash()
    {
        var html = Render();
        var policy = Policy().Match(html).Groups["policy"].Value;
        var script = InlineScript().Match(html).Groups["body"].Value;
        var style = InlineStyle().Match(html).Groups["body"].Value;

        Assert.Equal(
            $"default-src 'none'; script-src {Hash(script)}; style-src {Hash(style)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'",
            WebUtility.HtmlDecode(policy));
        Assert.Single(InlineScript().Matches(html));
    }

    [Fact]
    public void Page_references_nothing_outside_itself()
    {
        var html = Render();

        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Hostile_text_is_encoded_everywhere()
    {
        var html = Render(HostileReport.Create());

        Assert.DoesNotContain("<script>window", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("data-file=\"file:web/&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;.html\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_and_bidirectional_characters_are_replaced()
    {
        var report = SampleReport.Create() with { VerdictReason = "ok\u202Eevil\u0007" };

        Assert.Contains("<p class=\"reason\">ok\uFFFDevil\uFFFD</p>", Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_are_hidden_until_the_script_shows_them_and_findings_carry_their_keys()
    {
        var html = Render();

        Assert.Contains("<form id=\"filters\" class=\"filters\" hidden aria-label=\"Filter findings\">", html, StringComparison.Ordinal);
        Assert.Contains("<article class=\"finding sev-medium\" id=\"finding-3\" data-severity=\"medium\" data-area=\"documentation\" data-file=\"repository\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"file:app/settings.py\">app/settings.py (1)</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<article hidden", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_applicable_area_is_shown_as_not_applicable_without_a_bar()
    {
        var html = Render();

        Assert.Contains("<tr data-area=\"kubernetes\"><td>Kubernetes</td><td class=\"num na\">n/a</td><td class=\"na\">not applicable to this repository</td>", html, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Count(html, "<rect class=\"bar-fill\""));
    }

    [Fact]
    public void Suppressed_findings_are_collapsed_and_stale_suppressions_listed()
    {
        var html = Render(SampleSuppressions.Create());

        Assert.Contains("<h2>Suppressed findings (3)</h2>\n<details><summary>3 findings are left out of the score by a suppression</summary>", html, StringComparison.Ordinal);
        Assert.Contains("inline comment, until 2026-12-31: body is sanitised by bleach upstream</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"stale\">baseline suppression of SEC002: baseline entry 1a2b3c matches no finding</li>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"incomplete\" role=\"alert\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Good_practices_lead_with_their_evidence()
    {
        var html = Render();

        Assert.Contains(
            "<li class=\"passed\"><strong>USER app in the final stage</strong> <code>Dockerfile:18</code>"
            + "<span class=\"muted\"> · Containers · CTR001 passed (checks for: Container runs as a non-root user)</span></li>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Report_without_findings_says_so_and_has_no_filters()
    {
        var html = Render(SampleSuppressions.Empty());

        Assert.Contains("<h2>Findings (0)</h2>\n<p>No findings.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"filters\"", html, StringComparison.Ordinal);
        Assert.Contains("<p>Nothing to fix.</p>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"(?<policy>[^\"]*)\">")]
    private static partial Regex Policy();

    [GeneratedRegex("<script>(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style>(?<body>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyle();
}
