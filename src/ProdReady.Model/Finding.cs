namespace ProdReady.Model;

/// <summary>One problem found, with everything a report shows about it. File, line and column are null for a
/// repository-level finding (an absence); lines and columns are 1-based.</summary>
public sealed record Finding
{
    public required RuleId RuleId { get; init; }

    public required string RuleName { get; init; }

    public required string Title { get; init; }

    public required Severity Severity { get; init; }

    public required Area Area { get; init; }

    public required Priority Priority { get; init; }

    public required RedactedText Message { get; init; }

    public string? File { get; init; }

    public int? Line { get; init; }

    public int? Column { get; init; }

    public RedactedText? Snippet { get; init; }

    public required string Impact { get; init; }

    public required string Fix { get; init; }

    public required double EffortHours { get; init; }

    public required string Fingerprint { get; init; }

    /// <summary>This finding's share of the score its rule costs its area, after the per-rule cap.</summary>
    public double PointsLost { get; init; }
}
