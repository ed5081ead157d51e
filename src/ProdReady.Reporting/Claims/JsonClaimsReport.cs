using System.Collections.Immutable;

namespace ProdReady.Reporting.Claims;

/// <summary>The public JSON of <c>prodready verify-claims --format json</c> (docs/verify-claims.md).</summary>
public sealed record JsonClaimsReport
{
    public required string SchemaVersion { get; init; }

    public required string Document { get; init; }

    public required string Target { get; init; }

    public required ImmutableArray<JsonClaim> Claims { get; init; }

    public required JsonClaimCounts Counts { get; init; }
}
