using System.Globalization;
using ProdReady.Model;

namespace ProdReady.Reporting;

/// <summary>Wording about suppressions shared by the human-readable writers.</summary>
internal static class SuppressionText
{
    /// <summary>" · 3 suppressed · 1 stale suppression" for the summary line, or nothing when there are none.</summary>
    public static string Summary(AuditReport report)
    {
        var parts = new List<string>();
        if (!report.Suppressed.IsEmpty)
        {
            parts.Add($"{ReportText.Number(report.Suppressed.Length)} suppressed");
        }

        if (!report.StaleSuppressions.IsEmpty)
        {
            parts.Add(ReportText.Plural(report.StaleSuppressions.Length, "stale suppression", "stale suppressions"));
        }

        return string.Concat(parts.Select(p => $" · {p}"));
    }

    public static string Source(SuppressionSource source) => source switch
    {
        SuppressionSource.Inline => "inline",
        SuppressionSource.Config => "config",
        SuppressionSource.Baseline => "baseline",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public static string Expires(DateOnly? expires) =>
        expires is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never";

    public static string Where(StaleSuppression stale) => ReportText.Location(stale.File, stale.Line);
}
