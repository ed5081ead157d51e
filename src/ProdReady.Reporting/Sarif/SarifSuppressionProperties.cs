namespace ProdReady.Reporting.Sarif;

public sealed record SarifSuppressionProperties
{
    /// <summary><c>inline</c>, <c>config</c> or <c>baseline</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The date (yyyy-MM-dd) the suppression stops applying, if it has one.</summary>
    public string? Expires { get; init; }
}
