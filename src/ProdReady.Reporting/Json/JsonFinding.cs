namespace ProdReady.Reporting.Json;

/// <summary>One finding. File, line, column and snippet are null for a repository-level finding.</summary>
public sealed record JsonFinding
{
    public required string RuleId { get; init; }

    public required string RuleName { get; init; }

    public required string Title { get; init; }

    public required string Severity { get; init; }

    public required string Area { get; init; }

    public required string Priority { get; init; }

    public required string Message { get; init; }

    public required string? File { get; init; }

    public required int? Line { get; init; }

    public required int? Column { get; init; }

    public required string? Snippet { get; init; }

    public required string Impact { get; init; }

    public required string Fix { get; init; }

    public required double EffortHours { get; init; }

    public required double PointsLost { get; init; }

    public required string Fingerprint { get; init; }
}
