namespace ProdReady.Reporting.Json;

/// <summary>A suppressed finding: the finding's fields, then what suppressed it (<c>inline</c>, <c>config</c> or
/// <c>baseline</c>), the reason given and the last day it applies (<c>YYYY-MM-DD</c>, or null). Added in 1.1.</summary>
public sealed record JsonSuppressedFinding
{
    public required string RuleId { get; init; }

    public required string RuleName { get; init; }

    public required string Title { get; init; }

    public required string Severity { get; init; }

    public required string Area { get; init; }

    public required string Priority { get; init; }

    public required string Message { get; init; }

    public required string? File { get; init; }

    public required int? Line { get; init; }

    public required int? Column { get; init; }

    public required string? Snippet { get; init; }

    public required string Impact { get; init; }

    public required string Fix { get; init; }

    public required double EffortHours { get; init; }

    public required string Fingerprint { get; init; }

    public required string Source { get; init; }

    public required string Reason { get; init; }

    public required string? Expires { get; init; }
}
