namespace ProdReady.Reporting.Sarif;

public sealed record SarifArtifactLocation
{
    public string? Uri { get; init; }

    public string? UriBaseId { get; init; }

    public SarifMessage? Description { get; init; }
}
