namespace ProdReady.Reporting.Json;

public sealed record JsonStats
{
    public required int Files { get; init; }

    public required long Bytes { get; init; }

    public required long DurationMs { get; init; }

    public required int RulesRun { get; init; }

    /// <summary>Added in 1.1.</summary>
    public int SuppressedFindings { get; init; }

    /// <summary>Added in 1.1.</summary>
    public int StaleSuppressions { get; init; }
}
