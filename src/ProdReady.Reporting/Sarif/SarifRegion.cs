namespace ProdReady.Reporting.Sarif;

public sealed record SarifRegion
{
    public required int StartLine { get; init; }

    public int? StartColumn { get; init; }

    public SarifArtifactContent? Snippet { get; init; }
}
