using System.Collections.Immutable;

namespace ProdReady.Reporting.Json;

public sealed record JsonRoadmapPhase
{
    public required string Priority { get; init; }

    public required string Name { get; init; }

    public required double EffortHours { get; init; }

    public required ImmutableArray<JsonRoadmapItem> Items { get; init; }
}
