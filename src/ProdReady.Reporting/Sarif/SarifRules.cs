using System.Collections.Immutable;
using System.Text;
using ProdReady.Model;

namespace ProdReady.Reporting.Sarif;

/// <summary>
/// The rules a SARIF run describes: those that produced a finding, suppressed or not, ordered by ID. Listing only
/// these keeps the log small and its rule indexes stable for the results it holds; a rule without a descriptor in the
/// report (a hand-made report) is described from its finding.
/// </summary>
internal sealed class SarifRules
{
    private readonly Dictionary<RuleId, int> _indexes;

    public SarifRules(AuditReport report)
    {
        var known = report.Rules.ToDictionary(r => r.Id);
        var findings = report.Findings.Concat(report.Suppressed.Select(s => s.Finding));
        Infos = [.. findings
            .GroupBy(f => f.RuleId)
            .Select(g => known.TryGetValue(g.Key, out var info) ? info : FromFinding(g.First()))
            .OrderBy(r => r.Id.Value, StringComparer.Ordinal)];
        _indexes = Infos.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i);
    }

    public ImmutableArray<RuleInfo> Infos { get; }

    public int IndexOf(RuleId id) => _indexes[id];

    public static SarifRule Descriptor(RuleInfo rule) => new()
    {
        Id = rule.Id.Value,
        Name = rule.Name,
        ShortDescription = new SarifMessage { Text = rule.Title },
        FullDescription = new SarifMessage { Text = rule.Rationale },
        Help = new SarifMessage { Text = HelpText(rule), Markdown = HelpMarkdown(rule) },
        HelpUri = rule.References.IsEmpty ? null : rule.References[0],
        DefaultConfiguration = new SarifConfiguration { Level = SarifLevels.Level(rule.Severity) },
        Properties = new SarifRuleProperties
        {
            Tags = [.. SarifLevels.Tags(rule.Area).Distinct()],
            SecuritySeverity = SarifLevels.SecuritySeverity(rule.Severity),
            ProblemSeverity = SarifLevels.ProblemSeverity(rule.Severity),
            EffortHours = ReportText.Round(rule.EffortHours),
        },
    };

    private static RuleInfo FromFinding(Finding finding) => new()
    {
        Id = finding.RuleId,
        Name = finding.RuleName,
        Title = finding.Title,
        Area = finding.Area,
        Severity = finding.Severity,
        Rationale = finding.Impact,
        Fix = finding.Fix,
        EffortHours = finding.EffortHours,
    };

    private static string HelpText(RuleInfo rule)
    {
        var text = new StringBuilder()
            .Append($"{rule.Title} ({rule.Id} {rule.Name})\n\n")
            .Append($"Why it matters: {rule.Rationale}\n\n")
            .Append($"How to fix: {rule.Fix}\n\n")
            .Append($"Effort: {ReportText.Hours(rule.EffortHours)}");
        if (!rule.References.IsEmpty)
        {
            text.Append("\n\nReferences:");
            foreach (var reference in rule.References)
            {
                text.Append($"\n- {reference}");
            }
        }

        return text.ToString();
    }

    private static string HelpMarkdown(RuleInfo rule)
    {
        var text = new StringBuilder()
            .Append($"**{rule.Title}** (`{rule.Id}` `{rule.Name}`)\n\n")
            .Append($"**Why it matters:** {rule.Rationale}\n\n")
            .Append($"**How to fix:** {rule.Fix}\n\n")
            .Append($"**Effort:** {ReportText.Hours(rule.EffortHours)}");
        if (!rule.References.IsEmpty)
        {
            text.Append("\n\n**References:**\n");
            foreach (var reference in rule.References)
            {
                text.Append($"\n- <{reference}>");
            }
        }

        return text.ToString();
    }
}
