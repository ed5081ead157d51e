using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Rules;

public sealed record ExampleRun(ImmutableArray<SourceSpan> Expected, RuleOutcome Outcome, RepositoryFacts Facts)
{
    public ImmutableArray<Violation> Violations => Outcome is RuleOutcome.Failed failed ? failed.Violations : [];

    /// <summary>Reported locations as "path:line:column", or "(repository)" for an absence, sorted.</summary>
    public ImmutableArray<string> Reported => [.. Violations.Select(v => v.Location is { } l ? $"{l.File}:{l.Line}:{l.Column}" : "(repository)").Order(StringComparer.Ordinal)];

    /// <summary>What the example marks, in the same shape; a bad example without marks expects one absence.</summary>
    public ImmutableArray<string> Marked => Expected.IsEmpty
        ? ["(repository)"]
        : [.. Expected.Select(l => $"{l.File}:{l.Line}:{l.Column}").Order(StringComparer.Ordinal)];
}
