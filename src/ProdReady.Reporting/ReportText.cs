using System.Globalization;
using System.Text;
using ProdReady.Model;

namespace ProdReady.Reporting;

/// <summary>Wording and number formats shared by the human-readable writers, always culture-invariant.</summary>
internal static class ReportText
{
    public const string Repository = "repository";

    /// <summary>Most severe first: the order every writer lists severities in.</summary>
    public static IReadOnlyList<Severity> SeveritiesDescending { get; } =
        [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    public static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    public static string Number(double value) => Round(value).ToString("0.#", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Hours(double value) => $"{Number(value)} h";

    public static string Score(int? score) => score is { } value ? $"{Number(value)}/100" : "n/a";

    public static string AreaScore(int? score) => score is { } value ? Number(value) : "n/a";

    public static string Label(this Verdict verdict) => verdict switch
    {
        Verdict.NotReady => "Not ready",
        Verdict.ReadyAfterFixes => "Ready after fixes",
        Verdict.Ready => "Ready",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static string Label(this Severity severity) => severity.ToString();

    public static string Location(string? file, int? line) => file switch
    {
        null => Repository,
        _ when line is { } number => $"{file}:{Number(number)}",
        _ => file,
    };

    /// <summary>Where a passed check's evidence is, unless the evidence sentence already names the file.</summary>
    public static string? PassedLocation(PassedCheck check) =>
        check.File is null || check.Evidence.Value.Contains(check.File, StringComparison.Ordinal) ? null : Location(check.File, check.Line);

    public static string Plural(int count, string singular, string plural) => $"{Number(count)} {(count == 1 ? singular : plural)}";

    public static string CountsSummary(SeverityCounts counts)
    {
        if (counts.Total == 0)
        {
            return "no findings";
        }

        var parts = SeveritiesDescending.Where(s => counts[s] > 0).Select(s => $"{Number(counts[s])} {s.Id()}");
        return $"{Plural(counts.Total, "finding", "findings")} ({string.Join(", ", parts)})";
    }

    public static string Bytes(long bytes)
    {
        string[] units = ["KB", "MB", "GB", "TB"];
        if (bytes < 1024)
        {
            return $"{Number(bytes)} B";
        }

        double value = bytes;
        var unit = -1;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return $"{Number(value)} {units[unit]}";
    }

    public static string Duration(long milliseconds) =>
        milliseconds < 1000 ? $"{Number(milliseconds)} ms" : $"{Number(milliseconds / 1000.0)} s";

    public static string Footer(AuditReport report) =>
        $"Scanned {Plural(report.Stats.Files, "file", "files")} ({Bytes(report.Stats.Bytes)}) with "
        + $"{Plural(report.Stats.RulesRun, "rule", "rules")} in {Duration(report.Stats.DurationMs)}";

    /// <summary>
    /// Replaces control characters and bidirectional overrides, which a hostile repository could use to rewrite a
    /// terminal or hide code (Trojan Source, CVE-2021-42574). Tabs become spaces; line breaks survive only when asked.
    /// </summary>
    public static string Sanitize(string text, bool keepLineBreaks = false)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            builder.Append(c switch
            {
                '\n' => keepLineBreaks ? '\n' : ' ',
                '\t' or '\r' => ' ',
                _ when char.IsControl(c) || IsBidiControl(c) => '\uFFFD',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
