using System.Collections.Immutable;
using ProdReady.Reporting.Json;

namespace ProdReady.Reporting.Diff;

/// <summary>Two audits compared (docs/diff.md). This is also the public JSON of <c>prodready diff --format json</c>:
/// property order here is the order on the wire, and findings keep the audit report's finding shape.</summary>
public sealed record ReportDiff
{
    public required string SchemaVersion { get; init; }

    public required string TargetBefore { get; init; }

    public required string TargetAfter { get; init; }

    public required int ScoreBefore { get; init; }

    public required int ScoreAfter { get; init; }

    public required string VerdictBefore { get; init; }

    public required string VerdictAfter { get; init; }

    public required JsonSeverityCounts CountsBefore { get; init; }

    public required JsonSeverityCounts CountsAfter { get; init; }

    public required ImmutableArray<DiffArea> Areas { get; init; }

    /// <summary>In the earlier audit and not in the later one; shown as they were before.</summary>
    public required ImmutableArray<JsonFinding> Resolved { get; init; }

    /// <summary>In the later audit only.</summary>
    public required ImmutableArray<JsonFinding> Introduced { get; init; }

    /// <summary>In both audits; shown as they are after, so the location is the current one.</summary>
    public required ImmutableArray<JsonFinding> Persisting { get; init; }
}
