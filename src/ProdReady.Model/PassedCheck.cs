namespace ProdReady.Model;

/// <summary>A rule that passed, with the evidence that it holds: the report's "good practices found".</summary>
public sealed record PassedCheck
{
    public required RuleId RuleId { get; init; }

    public required string Title { get; init; }

    public required Area Area { get; init; }

    public required RedactedText Evidence { get; init; }

    public string? File { get; init; }

    public int? Line { get; init; }
}
