using System.Collections.Immutable;

namespace ProdReady.Reporting.Sarif;

public sealed record SarifNotification
{
    public required string Level { get; init; }

    public required SarifMessage Message { get; init; }

    public ImmutableArray<SarifLocation>? Locations { get; init; }
}
