using System.Collections.Immutable;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Config;

/// <summary>Settings from <c>.prodready.yml</c>. Rule IDs are upper-case; severities are ids such as <c>low</c>.</summary>
public sealed record AuditConfig
{
    public static AuditConfig Default { get; } = new();

    public long MaxFileBytes { get; init; } = WalkOptions.DefaultMaxFileBytes;

    /// <summary>Gitignore-style patterns, relative to the repository root, of paths never walked.</summary>
    public ImmutableArray<string> Excludes { get; init; } = [];

    public ImmutableArray<string> DisabledRules { get; init; } = [];

    /// <summary>Rule ID to severity id (<c>critical</c>, <c>high</c>, <c>medium</c>, <c>low</c>, <c>info</c>).</summary>
    public ImmutableDictionary<string, string> SeverityOverrides { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Findings not to report, each with a reason: a rule everywhere, or only under some paths.</summary>
    public ImmutableArray<ConfigIgnore> Ignores { get; init; } = [];

    public WalkOptions ToWalkOptions() => new() { MaxFileBytes = MaxFileBytes, Excludes = Excludes };
}
