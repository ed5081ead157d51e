namespace ProdReady.Model;

/// <summary>The stable public spellings of the model's enums, used by every format and by the CLI.</summary>
public static class Names
{
    public static string Id(this Area area) => area switch
    {
        Area.CiCd => "ci-cd",
        Area.MlServing => "ml-serving",
        _ => area.ToString().ToLowerInvariant(),
    };

    public static string Label(this Area area) => area switch
    {
        Area.CiCd => "CI/CD",
        Area.MlServing => "ML serving",
        _ => area.ToString(),
    };

    /// <summary>The three-or-fewer letter prefix every rule ID of the area starts with.</summary>
    public static string RulePrefix(this Area area) => area switch
    {
        Area.Secrets => "SEC",
        Area.Configuration => "CFG",
        Area.Security => "SCU",
        Area.Database => "DB",
        Area.Performance => "PRF",
        Area.Observability => "OBS",
        Area.Containers => "CTR",
        Area.Kubernetes => "K8S",
        Area.Infrastructure => "IAC",
        Area.CiCd => "CI",
        Area.Testing => "TST",
        Area.MlServing => "ML",
        Area.Documentation => "DOC",
        _ => throw new ArgumentOutOfRangeException(nameof(area)),
    };

    public static string Id(this Severity severity) => severity.ToString().ToLowerInvariant();

    public static string Id(this Priority priority) => priority.ToString();

    public static string Id(this Verdict verdict) => verdict switch
    {
        Verdict.NotReady => "not-ready",
        Verdict.ReadyAfterFixes => "ready-after-fixes",
        Verdict.Ready => "ready",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static bool TryParseSeverity(string text, out Severity severity)
    {
        foreach (var candidate in Enum.GetValues<Severity>())
        {
            if (string.Equals(candidate.Id(), text, StringComparison.OrdinalIgnoreCase))
            {
                severity = candidate;
                return true;
            }
        }

        severity = default;
        return false;
    }

}
