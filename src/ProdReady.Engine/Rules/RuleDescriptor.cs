using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Model;

namespace ProdReady.Engine.Rules;

/// <summary>Everything a rule says about itself. <see cref="AppliesTo"/> empty means every repository; otherwise the
/// rule is not applicable unless one of those technologies is detected.</summary>
public sealed record RuleDescriptor
{
    public required RuleId Id { get; init; }

    /// <summary>kebab-case, such as <c>debug-mode-enabled</c>.</summary>
    public required string Name { get; init; }

    public required string Title { get; init; }

    public required Area Area { get; init; }

    public required Severity Severity { get; init; }

    public required double EffortHours { get; init; }

    /// <summary>Why it matters: the impact shown with every finding.</summary>
    public required string Rationale { get; init; }

    public required string Fix { get; init; }

    public ImmutableArray<string> References { get; init; } = [];

    public ImmutableArray<Technology> AppliesTo { get; init; } = [];

    public required ImmutableArray<RuleExample> Examples { get; init; }
}
