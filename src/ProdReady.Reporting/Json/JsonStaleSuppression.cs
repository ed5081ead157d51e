namespace ProdReady.Reporting.Json;

/// <summary>A suppression that matched nothing, expired or was invalid. Added in 1.1.</summary>
public sealed record JsonStaleSuppression
{
    public required string Source { get; init; }

    public required string Rule { get; init; }

    public required string? File { get; init; }

    public required int? Line { get; init; }

    public required string Reason { get; init; }
}
