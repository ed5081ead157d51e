namespace ProdReady.Reporting.Json;

public sealed record JsonStats
{
    public required int Files { get; init; }

    public required long Bytes { get; init; }

    public required long DurationMs { get; init; }

    public required int RulesRun { get; init; }
}
