namespace ProdReady.Reporting.Claims;

public sealed record JsonClaimEvidence
{
    public required string? RuleId { get; init; }

    public required string? File { get; init; }

    public required int? Line { get; init; }

    public required string Text { get; init; }
}
