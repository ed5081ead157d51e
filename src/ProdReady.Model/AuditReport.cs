using System.Collections.Immutable;

namespace ProdReady.Model;

/// <summary>The finished audit: the only thing a reporter reads.</summary>
public sealed record AuditReport
{
    public required ToolInfo Tool { get; init; }

    public required TargetInfo Target { get; init; }

    public required Verdict Verdict { get; init; }

    public required string VerdictReason { get; init; }

    public required int Score { get; init; }

    public required ImmutableArray<AreaResult> Areas { get; init; }

    /// <summary>Most severe first, then by area, file, line, column and rule.</summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    public required ImmutableArray<PassedCheck> Passed { get; init; }

    public required ImmutableArray<SkippedFile> Skipped { get; init; }

    public required ImmutableArray<RoadmapPhase> Roadmap { get; init; }

    public required StackSummary Stack { get; init; }

    public required AuditStats Stats { get; init; }

    /// <summary>What stopped part of the audit from running (a rule that failed); non-empty means incomplete.</summary>
    public ImmutableArray<string> Errors { get; init; } = [];

    /// <summary>Findings taken out of the score by an inline comment, the config file or a baseline.</summary>
    public ImmutableArray<SuppressedFinding> Suppressed { get; init; } = [];

    /// <summary>Suppressions and baseline entries that no longer match anything, or have expired.</summary>
    public ImmutableArray<StaleSuppression> StaleSuppressions { get; init; } = [];

    /// <summary>Every rule that ran, ordered by ID: the metadata formats such as SARIF describe their rules with.</summary>
    public ImmutableArray<RuleInfo> Rules { get; init; } = [];

    public bool IsComplete => Errors.IsEmpty;

    public SeverityCounts Counts => SeverityCounts.Of(Findings);

    public double TotalEffortHours => Roadmap.Sum(p => p.EffortHours);
}
