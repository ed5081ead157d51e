using System.Globalization;
using ProdReady.Reporting.Json;

namespace ProdReady.Reporting.Diff;

/// <summary>Wording shared by the human-readable diff writers.</summary>
internal static class DiffText
{
    public static IReadOnlyList<string> Severities { get; } = ["critical", "high", "medium", "low", "info"];

    public static string Delta(int? delta) => delta switch
    {
        null => "n/a",
        > 0 => "+" + delta.Value.ToString(CultureInfo.InvariantCulture),
        _ => delta.Value.ToString(CultureInfo.InvariantCulture),
    };

    public static string Score(int? score) => score is { } value ? value.ToString(CultureInfo.InvariantCulture) : "n/a";

    public static int Count(JsonSeverityCounts counts, string severity) => severity switch
    {
        "critical" => counts.Critical,
        "high" => counts.High,
        "medium" => counts.Medium,
        "low" => counts.Low,
        _ => counts.Info,
    };

    public static string Verdict(string id) => id switch
    {
        "not-ready" => "Not ready",
        "ready-after-fixes" => "Ready after fixes",
        "ready" => "Ready",
        _ => id,
    };

    public static string Summary(ReportDiff diff) =>
        $"{ReportText.Plural(diff.Resolved.Length, "finding", "findings")} resolved, "
        + $"{ReportText.Number(diff.Introduced.Length)} introduced, {ReportText.Number(diff.Persisting.Length)} persisting";

    public static string Location(JsonFinding finding) => ReportText.Location(finding.File, finding.Line);
}
