namespace ProdReady.Reporting.Sarif;

public sealed record SarifArtifactContent
{
    public required string Text { get; init; }
}
