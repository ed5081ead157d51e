namespace ProdReady.Model.Claims;

/// <summary>Why a claim got its status: a finding or passed check (with its rule) or a fact of the repository.
/// File and line are null for repository-wide evidence.</summary>
public sealed record ClaimEvidence
{
    public string? RuleId { get; init; }

    public string? File { get; init; }

    public int? Line { get; init; }

    public required RedactedText Text { get; init; }
}
