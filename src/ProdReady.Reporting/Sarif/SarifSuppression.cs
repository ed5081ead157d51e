namespace ProdReady.Reporting.Sarif;

public sealed record SarifSuppression
{
    /// <summary><c>inSource</c> for an inline comment; <c>external</c> for the config file or a baseline.</summary>
    public required string Kind { get; init; }

    public required string Status { get; init; }

    public required string Justification { get; init; }

    public required SarifSuppressionProperties Properties { get; init; }
}
