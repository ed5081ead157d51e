namespace ProdReady.Reporting.Json;

public sealed record JsonSeverityCounts
{
    public required int Critical { get; init; }

    public required int High { get; init; }

    public required int Medium { get; init; }

    public required int Low { get; init; }

    public required int Info { get; init; }
}
