namespace ProdReady.Reporting.Sarif;

public sealed record SarifLocation
{
    public required SarifPhysicalLocation PhysicalLocation { get; init; }
}
