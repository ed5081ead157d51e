using ProdReady.Model;

namespace ProdReady.Engine.Scoring;

/// <summary>What scoring needs of one evaluated rule: its area, whether it applied, and its findings' severities.</summary>
public sealed record ScoredRule(RuleId RuleId, Area Area, bool Applicable, IReadOnlyCollection<Severity> Findings);
