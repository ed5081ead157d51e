using System.Collections.Immutable;

namespace ProdReady.Model;

/// <summary>What a rule that ran says about itself, for formats that describe their rules (SARIF's rule metadata).</summary>
public sealed record RuleInfo
{
    public required RuleId Id { get; init; }

    public required string Name { get; init; }

    public required string Title { get; init; }

    public required Area Area { get; init; }

    public required Severity Severity { get; init; }

    public required string Rationale { get; init; }

    public required string Fix { get; init; }

    public required double EffortHours { get; init; }

    public ImmutableArray<string> References { get; init; } = [];
}
