using System.Collections.Immutable;

namespace ProdReady.Reporting.Claims;

public sealed record JsonClaim
{
    public required int Line { get; init; }

    public required string Text { get; init; }

    public required string? Topic { get; init; }

    public required string Status { get; init; }

    public required ImmutableArray<JsonClaimEvidence> Evidence { get; init; }
}
