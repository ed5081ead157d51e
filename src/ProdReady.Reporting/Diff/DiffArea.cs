namespace ProdReady.Reporting.Diff;

/// <summary>One area's score in both audits. A null score means the area did not apply; the delta is null unless
/// both scores exist, because "not applicable" is not zero.</summary>
public sealed record DiffArea
{
    public required string Id { get; init; }

    public required int? ScoreBefore { get; init; }

    public required int? ScoreAfter { get; init; }

    public required int? Delta { get; init; }
}
