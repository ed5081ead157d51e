using ProdReady.Model;

namespace ProdReady.Reporting.Html;

/// <summary>The findings: filter controls (hidden until the script shows them, so without script every finding is
/// simply listed) and one article per finding carrying its severity, area and file as data-* attributes.</summary>
internal static class HtmlFindings
{
    public const string RepositoryKey = "repository";

    /// <summary>The value a finding's data-file and the file filter share; prefixed so no path can equal "repository".</summary>
    public static string FileKey(string? file) => file is null ? RepositoryKey : $"file:{file}";

    public static void Write(HtmlWriter html, IReadOnlyList<Finding> findings)
    {
        html.Open("section", ("id", "findings"));
        html.Element("h2", $"Findings ({ReportText.Number(findings.Count)})");
        html.Line();
        if (findings.Count == 0)
        {
            html.Element("p", "No findings.");
            html.Trusted("\n</section>\n");
            return;
        }

        WriteFilters(html, findings);
        for (var i = 0; i < findings.Count; i++)
        {
            WriteFinding(html, findings[i], i + 1);
        }

        html.Trusted("</section>\n");
    }

    private static void WriteFilters(HtmlWriter html, IReadOnlyList<Finding> findings)
    {
        html.Open("form", ("id", "filters"), ("class", "filters"), ("hidden", ""), ("aria-label", "Filter findings"));
        html.Line();
        html.Open("fieldset");
        html.Element("legend", "Severity");
        foreach (var group in findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key))
        {
            html.Open("label");
            html.Open("input", ("type", "checkbox"), ("name", "severity"), ("value", group.Key.Id()), ("checked", ""));
            html.Text($" {group.Key.Label()} ({ReportText.Number(group.Count())})");
            html.Close("label");
        }

        html.Close("fieldset");
        html.Line();
        Select(html, "area", "Area", "All areas",
            findings.GroupBy(f => f.Area).OrderBy(g => g.Key).Select(g => (g.Key.Id(), g.Key.Label(), g.Count())));
        Select(html, "file", "File", "All files",
            findings.GroupBy(f => f.File)
                .OrderBy(g => g.Key is not null)
                .ThenBy(g => g.Key ?? string.Empty, StringComparer.Ordinal)
                .Select(g => (FileKey(g.Key), g.Key ?? "Whole repository", g.Count())));
        html.Close("form");
        html.Line();
        html.Element("p", $"Showing {ReportText.Plural(findings.Count, "finding", "findings")}", ("id", "shown"), ("class", "shown"), ("hidden", ""), ("aria-live", "polite"));
        html.Line();
    }

    private static void Select(HtmlWriter html, string name, string label, string all, IEnumerable<(string Value, string Text, int Count)> options)
    {
        html.Open("label", ("class", "field"));
        html.Text(label);
        html.Open("select", ("name", name));
        html.Element("option", all, ("value", ""));
        foreach (var (value, text, count) in options)
        {
            html.Element("option", $"{text} ({ReportText.Number(count)})", ("value", value));
        }

        html.Close("select");
        html.Close("label");
        html.Line();
    }

    private static void WriteFinding(HtmlWriter html, Finding finding, int number)
    {
        var severity = finding.Severity.Id();
        html.Open("article", ("class", $"finding sev-{severity}"), ("id", $"finding-{ReportText.Number(number)}"),
            ("data-severity", severity), ("data-area", finding.Area.Id()), ("data-file", FileKey(finding.File)));
        html.Line();
        html.Open("h3");
        html.Element("span", finding.Severity.Label(), ("class", $"badge sev-{severity}"));
        html.Text(" ");
        html.Element("span", finding.RuleId.Value, ("class", "rule"));
        html.Text($" {finding.Title}");
        html.Close("h3");
        html.Line();
        html.Open("p", ("class", "location"));
        html.Element("code", ReportText.Location(finding.File, finding.Line), ("class", "where"));
        html.Text($" · {finding.Area.Label()} · {finding.Priority.Id()}");
        html.Close("p");
        html.Line();
        if (finding.Snippet is { } snippet)
        {
            html.Open("pre", ("class", "snippet"));
            html.Open("code");
            html.Preformatted(snippet.Value);
            html.Close("code");
            html.Close("pre");
            html.Line();
        }

        html.Element("p", finding.Message.Value, ("class", "message"));
        html.Line();
        html.Open("dl", ("class", "details"));
        Detail(html, "Impact", finding.Impact);
        Detail(html, "Fix", finding.Fix);
        Detail(html, "Effort", ReportText.Hours(finding.EffortHours));
        Detail(html, "Priority", PriorityText(finding.Priority));
        Detail(html, "Points lost", ReportText.Number(finding.PointsLost));
        Detail(html, "Rule", $"{finding.RuleId.Value} {finding.RuleName}");
        html.Close("dl");
        html.Line();
        html.Close("article");
        html.Line();
    }

    private static void Detail(HtmlWriter html, string term, string text)
    {
        html.Element("dt", term);
        html.Element("dd", text);
    }

    public static string PriorityText(Priority priority) => priority switch
    {
        Priority.P0 => "P0, must fix before production",
        Priority.P1 => "P1, should fix",
        _ => "P2, nice to have",
    };
}
