namespace ProdReady.Reporting.Json;

public sealed record JsonRoadmapItem
{
    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public required string Severity { get; init; }

    public required int Findings { get; init; }

    public required double EffortHours { get; init; }

    public required double PointsGained { get; init; }
}
