namespace ProdReady.Reporting.Sarif;

public sealed record SarifTool
{
    public required SarifDriver Driver { get; init; }
}
