using System.Collections.Immutable;

namespace ProdReady.Reporting.Sarif;

public sealed record SarifDriver
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    public required string SemanticVersion { get; init; }

    public string? InformationUri { get; init; }

    public required ImmutableArray<SarifRule> Rules { get; init; }
}
