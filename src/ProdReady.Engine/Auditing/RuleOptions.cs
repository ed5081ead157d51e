using System.Collections.Immutable;
using ProdReady.Model;

namespace ProdReady.Engine.Auditing;

/// <summary>Which rules run and at what severity, as configuration asks.</summary>
public sealed record RuleOptions
{
    public static RuleOptions Default { get; } = new();

    public ImmutableHashSet<RuleId> Disabled { get; init; } = [];

    public ImmutableDictionary<RuleId, Severity> SeverityOverrides { get; init; } = ImmutableDictionary<RuleId, Severity>.Empty;
}
