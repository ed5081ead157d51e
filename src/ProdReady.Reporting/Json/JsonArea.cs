namespace ProdReady.Reporting.Json;

public sealed record JsonArea
{
    public required string Id { get; init; }

    /// <summary>Null when no rule of the area applies to the repository.</summary>
    public required int? Score { get; init; }

    public required JsonSeverityCounts Counts { get; init; }

    public required int RulesPassed { get; init; }

    public required int RulesFailed { get; init; }
}
