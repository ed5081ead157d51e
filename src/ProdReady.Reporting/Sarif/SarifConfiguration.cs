namespace ProdReady.Reporting.Sarif;

public sealed record SarifConfiguration
{
    public required string Level { get; init; }
}
