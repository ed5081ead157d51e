namespace ProdReady.Reporting.Sarif;

/// <summary>A SARIF reportingDescriptor: one rule with its help.</summary>
public sealed record SarifRule
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required SarifMessage ShortDescription { get; init; }

    public required SarifMessage FullDescription { get; init; }

    public required SarifMessage Help { get; init; }

    public string? HelpUri { get; init; }

    public required SarifConfiguration DefaultConfiguration { get; init; }

    public required SarifRuleProperties Properties { get; init; }
}
