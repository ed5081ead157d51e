namespace ProdReady.Reporting.Sarif;

/// <summary>A message or multiformat message string: plain text, and Markdown where it adds something.</summary>
public sealed record SarifMessage
{
    public required string Text { get; init; }

    public string? Markdown { get; init; }
}
