using System.Collections.Immutable;

namespace ProdReady.Reporting.Sarif;

public sealed record SarifResult
{
    public required string RuleId { get; init; }

    public required int RuleIndex { get; init; }

    public required string Level { get; init; }

    public required SarifMessage Message { get; init; }

    public required ImmutableArray<SarifLocation> Locations { get; init; }

    public required ImmutableSortedDictionary<string, string> PartialFingerprints { get; init; }

    /// <summary>Null (left out) for a finding nothing suppresses.</summary>
    public ImmutableArray<SarifSuppression>? Suppressions { get; init; }

    public required SarifResultProperties Properties { get; init; }
}
