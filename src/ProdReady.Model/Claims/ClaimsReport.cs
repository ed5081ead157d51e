using System.Collections.Immutable;

namespace ProdReady.Model.Claims;

/// <summary>A document's claims checked against one audit of a repository: the only thing a claims writer reads.</summary>
public sealed record ClaimsReport
{
    public required string Document { get; init; }

    public required string Target { get; init; }

    public required ImmutableArray<CheckedClaim> Claims { get; init; }

    public int Count(ClaimStatus status) => Claims.Count(c => c.Status == status);
}
