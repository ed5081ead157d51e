using ProdReady.Model;

namespace ProdReady.Tests.Secrets;

/// <summary>Which corpus family each secrets rule reports for. A secrets rule missing here fails
/// <see cref="SecretCorpusTests.Every_secrets_rule_has_a_family"/>, so the table keeps up with the catalogue.</summary>
public static class SecretFamilies
{
    public const string Unmapped = "unmapped";

    /// <summary>Rules that judge the repository rather than a value; their findings are not detections.</summary>
    public static IReadOnlySet<string> NotDetections { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "secrets-without-startup-validation",
    };

    private static readonly Dictionary<string, string> ByRuleName = new(StringComparer.Ordinal)
    {
        ["hardcoded-secret-in-settings"] = "generic",
        ["weak-default-secret"] = "weak",
    };

    public static IReadOnlyDictionary<string, string> Table => ByRuleName;

    public static string Of(Finding finding) => ByRuleName.GetValueOrDefault(finding.RuleName, Unmapped);

    /// <summary>A finding that counts as a detection: a secrets-area finding at a line, from a rule that judges values.</summary>
    public static bool IsDetection(Finding finding) =>
        finding.Area == Area.Secrets && finding.File is not null && finding.Line is not null && !NotDetections.Contains(finding.RuleName);
}
