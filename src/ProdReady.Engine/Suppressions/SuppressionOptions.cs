using System.Collections.Immutable;
using ProdReady.Engine.Config;

namespace ProdReady.Engine.Suppressions;

/// <summary>What may take findings out of a report: inline comments (unless strict), the config file's ignores,
/// a baseline, and a set of changed files outside which findings are not reported at all.</summary>
public sealed record SuppressionOptions
{
    public static SuppressionOptions Default { get; } = new();

    /// <summary>False under <c>--strict</c>: inline comments are neither applied nor reported as stale.</summary>
    public bool Inline { get; init; } = true;

    /// <summary>The day against which <c>until</c> dates are compared; today's UTC date unless a test sets it.</summary>
    public DateOnly? Today { get; init; }

    public ImmutableArray<ConfigIgnore> Ignores { get; init; } = [];

    public ImmutableArray<BaselineEntry> Baseline { get; init; } = [];

    /// <summary>The baseline's file name, as the reason of what it suppresses.</summary>
    public string? BaselineName { get; init; }

    /// <summary>When set, findings in other files are left out; repository-level findings are always kept.</summary>
    public ImmutableHashSet<string>? ChangedFiles { get; init; }

    public DateOnly EffectiveToday => Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
}
