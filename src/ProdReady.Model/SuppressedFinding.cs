namespace ProdReady.Model;

/// <summary>A finding a suppression took out of the score, kept so it can be counted and listed.
/// <see cref="Reason"/> is the reason its author gave; <see cref="Expires"/> is the date it stops applying.</summary>
public sealed record SuppressedFinding
{
    public required Finding Finding { get; init; }

    public required SuppressionSource Source { get; init; }

    public required string Reason { get; init; }

    public DateOnly? Expires { get; init; }
}
