namespace ProdReady.Reporting.Sarif;

public sealed record SarifResultProperties
{
    public required string Severity { get; init; }

    public required string Priority { get; init; }

    public required double EffortHours { get; init; }

    public required double PointsLost { get; init; }

    /// <summary>True for an absence found in the repository as a whole, located at the repository root.</summary>
    public required bool RepositoryLevel { get; init; }
}
