using System.Collections.Immutable;
using ProdReady.Model;

namespace ProdReady.Engine.Suppressions;

/// <summary>Findings split by <see cref="Suppressor"/>: those still reported, those suppressed, and the
/// suppressions that matched nothing, had expired or were invalid.</summary>
public sealed record SuppressionResult(
    ImmutableArray<Finding> Kept,
    ImmutableArray<SuppressedFinding> Suppressed,
    ImmutableArray<StaleSuppression> Stale);
