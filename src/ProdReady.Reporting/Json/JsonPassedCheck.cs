namespace ProdReady.Reporting.Json;

public sealed record JsonPassedCheck
{
    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public required string Area { get; init; }

    public required string Evidence { get; init; }

    public required string? File { get; init; }

    public required int? Line { get; init; }
}
