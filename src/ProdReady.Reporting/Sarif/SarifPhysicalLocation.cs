namespace ProdReady.Reporting.Sarif;

public sealed record SarifPhysicalLocation
{
    public required SarifArtifactLocation ArtifactLocation { get; init; }

    public SarifRegion? Region { get; init; }
}
