namespace ProdReady.Model;

/// <summary>A suppression that matched nothing (or has expired): where it is and why it is stale.</summary>
public sealed record StaleSuppression
{
    public required SuppressionSource Source { get; init; }

    public required string Rule { get; init; }

    public string? File { get; init; }

    public int? Line { get; init; }

    public required string Reason { get; init; }
}
