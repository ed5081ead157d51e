namespace ProdReady.Reporting.Claims;

public sealed record JsonClaimCounts
{
    public required int Supported { get; init; }

    public required int Contradicted { get; init; }

    public required int NoEvidence { get; init; }

    public required int NotCheckable { get; init; }
}
