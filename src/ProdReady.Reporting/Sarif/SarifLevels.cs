using ProdReady.Model;

namespace ProdReady.Reporting.Sarif;

/// <summary>How ProdReady's severities and areas read in SARIF and in GitHub code scanning.</summary>
internal static class SarifLevels
{
    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    public static string ProblemSeverity(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "recommendation",
    };

    /// <summary>GitHub maps 9.0 and above to critical, 7.0 to high, 4.0 to medium and 0.1 to low.</summary>
    public static string SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => "0.0",
    };

    public static IEnumerable<string> Tags(Area area)
    {
        yield return area.Id();
        if (area is Area.Security or Area.Secrets)
        {
            yield return "security";
        }
    }

    public static string SuppressionKind(SuppressionSource source) => source == SuppressionSource.Inline ? "inSource" : "external";

    public static string Id(this SuppressionSource source) => source.ToString().ToLowerInvariant();
}
