namespace ProdReady.Model;

/// <summary>Fixing every finding of one rule: the effort it takes and the overall score it gains.</summary>
public sealed record RoadmapItem(RuleId RuleId, string Title, Severity Severity, int Findings, double EffortHours, double PointsGained)
{
    public double PointsPerHour => EffortHours <= 0 ? PointsGained : PointsGained / EffortHours;
}
