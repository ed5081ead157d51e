using ProdReady.Model;

namespace ProdReady.Reporting.Html;

/// <summary>The sections after the findings: good practices, roadmap, stack, skipped files and suppressions.</summary>
internal static class HtmlSections
{
    public static void Passed(HtmlWriter html, IReadOnlyList<PassedCheck> passed)
    {
        html.Open("section", ("id", "passed"));
        html.Element("h2", $"Good practices found ({ReportText.Number(passed.Count)})");
        html.Line();
        if (passed.Count == 0)
        {
            html.Element("p", "No rule passed with evidence.");
            html.Trusted("\n</section>\n");
            return;
        }

        html.Open("ul", ("class", "plain"));
        html.Line();
        foreach (var check in passed)
        {
            // A rule's title names the problem it looks for, so the evidence leads and the rule follows as the source.
            html.Open("li", ("class", "passed"));
            html.Element("strong", check.Evidence.Value);
            if (ReportText.PassedLocation(check) is { } location)
            {
                html.Text(" ");
                html.Element("code", location);
            }

            html.Element("span", $" · {check.Area.Label()} · {check.RuleId.Value} passed (checks for: {check.Title})", ("class", "muted"));
            html.Close("li");
            html.Line();
        }

        html.Trusted("</ul>\n</section>\n");
    }

    public static void Roadmap(HtmlWriter html, AuditReport report)
    {
        html.Open("section", ("id", "roadmap"));
        html.Element("h2", "Roadmap");
        html.Line();
        var phases = report.Roadmap.Where(p => !p.Items.IsEmpty).ToList();
        if (phases.Count == 0)
        {
            html.Element("p", "Nothing to fix.");
            html.Trusted("\n</section>\n");
            return;
        }

        foreach (var phase in phases)
        {
            html.Element("h3", $"{phase.Priority.Id()} · {phase.Name} · {ReportText.Hours(phase.EffortHours)}");
            html.Line();
            html.Trusted("<table>\n<thead><tr><th>Rule</th><th>Title</th><th>Severity</th><th class=\"num\">Findings</th><th class=\"num\">Effort</th><th class=\"num\">Points gained</th></tr></thead>\n<tbody>\n");
            foreach (var item in phase.Items)
            {
                html.Open("tr");
                html.Element("td", item.RuleId.Value);
                html.Element("td", item.Title);
                html.Element("td", item.Severity.Label());
                html.Element("td", ReportText.Number(item.Findings), ("class", "num"));
                html.Element("td", ReportText.Hours(item.EffortHours), ("class", "num"));
                html.Element("td", ReportText.Number(item.PointsGained), ("class", "num"));
                html.Close("tr");
                html.Line();
            }

            html.Trusted("</tbody>\n</table>\n");
        }

        html.Open("p");
        html.Element("strong", $"Total effort: {ReportText.Hours(report.TotalEffortHours)}");
        html.Close("p");
        html.Trusted("\n</section>\n");
    }

    public static void Stack(HtmlWriter html, StackSummary stack)
    {
        html.Open("section", ("id", "stack"));
        html.Element("h2", "Stack detected");
        html.Line();
        html.Open("dl", ("class", "details"));
        Technologies(html, "Languages", stack.Languages);
        Technologies(html, "Frameworks", stack.Frameworks);
        Technologies(html, "Infrastructure", stack.Infrastructure);
        html.Close("dl");
        html.Trusted("\n</section>\n");
    }

    private static void Technologies(HtmlWriter html, string term, IReadOnlyList<DetectedTechnology> technologies)
    {
        html.Element("dt", term);
        html.Element("dd", technologies.Count == 0 ? "none detected" : string.Join(", ", technologies.Select(t => $"{t.Name} ({t.Evidence})")));
    }

    public static void Skipped(HtmlWriter html, IReadOnlyList<SkippedFile> skipped)
    {
        html.Open("section", ("id", "skipped"));
        html.Element("h2", $"Skipped files ({ReportText.Number(skipped.Count)})");
        html.Line();
        if (skipped.Count == 0)
        {
            html.Element("p", "Every file was read.");
            html.Trusted("\n</section>\n");
            return;
        }

        html.Open("details");
        html.Element("summary", $"{ReportText.Plural(skipped.Count, "file was", "files were")} not read");
        html.Open("ul", ("class", "plain"));
        html.Line();
        foreach (var file in skipped)
        {
            html.Open("li");
            html.Element("code", file.Path);
            html.Text($": {file.Reason}");
            html.Close("li");
            html.Line();
        }

        html.Trusted("</ul>\n</details>\n</section>\n");
    }

    public static void Suppressed(HtmlWriter html, AuditReport report)
    {
        html.Open("section", ("id", "suppressed"));
        html.Element("h2", $"Suppressed findings ({ReportText.Number(report.Suppressed.Length)})");
        html.Line();
        if (report.Suppressed.IsEmpty && report.StaleSuppressions.IsEmpty)
        {
            html.Element("p", "No finding was suppressed.");
            html.Trusted("\n</section>\n");
            return;
        }

        if (!report.Suppressed.IsEmpty)
        {
            html.Open("details");
            html.Element("summary", $"{ReportText.Plural(report.Suppressed.Length, "finding is", "findings are")} left out of the score by a suppression");
            html.Open("ul", ("class", "plain"));
            html.Line();
            foreach (var suppressed in report.Suppressed)
            {
                var finding = suppressed.Finding;
                html.Open("li", ("class", "suppressed"));
                html.Element("span", finding.Severity.Label(), ("class", $"badge sev-{finding.Severity.Id()}"));
                html.Text($" {finding.RuleId.Value} {finding.Title} ");
                html.Element("code", ReportText.Location(finding.File, finding.Line));
                var expires = suppressed.Expires is { } date ? $", until {date:yyyy-MM-dd}" : string.Empty;
                html.Text($" · {SourceText(suppressed.Source)}{expires}: {Redactor.Text(suppressed.Reason).Value}");
                html.Close("li");
                html.Line();
            }

            html.Trusted("</ul>\n</details>\n");
        }

        if (!report.StaleSuppressions.IsEmpty)
        {
            html.Element("h3", $"Stale suppressions ({ReportText.Number(report.StaleSuppressions.Length)})");
            html.Open("ul", ("class", "plain"));
            html.Line();
            foreach (var stale in report.StaleSuppressions)
            {
                html.Open("li", ("class", "stale"));
                html.Text($"{SourceText(stale.Source)} suppression of {stale.Rule}");
                if (stale.File is not null)
                {
                    html.Text(" at ");
                    html.Element("code", ReportText.Location(stale.File, stale.Line));
                }

                html.Text($": {Redactor.Text(stale.Reason).Value}");
                html.Close("li");
                html.Line();
            }

            html.Trusted("</ul>\n");
        }

        html.Trusted("</section>\n");
    }

    private static string SourceText(SuppressionSource source) => source switch
    {
        SuppressionSource.Inline => "inline comment",
        SuppressionSource.Config => "configuration file",
        _ => "baseline",
    };
}
