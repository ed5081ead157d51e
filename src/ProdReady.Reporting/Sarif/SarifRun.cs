using System.Collections.Immutable;

namespace ProdReady.Reporting.Sarif;

public sealed record SarifRun
{
    public required SarifTool Tool { get; init; }

    public required ImmutableArray<SarifInvocation> Invocations { get; init; }

    public required ImmutableSortedDictionary<string, SarifArtifactLocation> OriginalUriBaseIds { get; init; }

    public required ImmutableArray<SarifResult> Results { get; init; }

    public required string ColumnKind { get; init; }

    public required SarifRunProperties Properties { get; init; }
}
