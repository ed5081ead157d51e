using System.Collections.Immutable;

namespace ProdReady.Model.Claims;

/// <summary>One claim of the document with its verdict. Topic is null when no topic was recognised.</summary>
public sealed record CheckedClaim
{
    public required int Line { get; init; }

    public required RedactedText Text { get; init; }

    public required string? Topic { get; init; }

    public required ClaimStatus Status { get; init; }

    public required ImmutableArray<ClaimEvidence> Evidence { get; init; }
}
