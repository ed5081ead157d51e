using System.Collections.Immutable;

namespace ProdReady.Reporting.Json;

/// <summary>The root of the public JSON report. Property order here is the order on the wire.</summary>
public sealed record JsonReport
{
    public required string SchemaVersion { get; init; }

    public required JsonTool Tool { get; init; }

    public required JsonTarget Target { get; init; }

    public required string Verdict { get; init; }

    public required string VerdictReason { get; init; }

    public required int Score { get; init; }

    public required JsonSeverityCounts Counts { get; init; }

    public required ImmutableArray<JsonArea> Areas { get; init; }

    public required ImmutableArray<JsonFinding> Findings { get; init; }

    public required ImmutableArray<JsonPassedCheck> Passed { get; init; }

    public required ImmutableArray<JsonSkippedFile> Skipped { get; init; }

    public required ImmutableArray<JsonRoadmapPhase> Roadmap { get; init; }

    public required JsonStack Stack { get; init; }

    public required JsonStats Stats { get; init; }

    /// <summary>Parts of the audit that could not run; empty for a complete audit.</summary>
    public ImmutableArray<string> Errors { get; init; } = [];

    /// <summary>Findings left out of the score by an inline comment, the config file or a baseline. Added in 1.1.</summary>
    public ImmutableArray<JsonSuppressedFinding> Suppressed { get; init; } = [];

    /// <summary>Suppressions that matched nothing, expired or were invalid. Added in 1.1.</summary>
    public ImmutableArray<JsonStaleSuppression> StaleSuppressions { get; init; } = [];
}
