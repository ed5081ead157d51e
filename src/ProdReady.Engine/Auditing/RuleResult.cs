using ProdReady.Engine.Rules;

namespace ProdReady.Engine.Auditing;

/// <summary>A rule and what it concluded, before findings are built and scored.</summary>
public sealed record RuleResult(Rule Rule, RuleOutcome Outcome)
{
    public RuleDescriptor Descriptor => Rule.Descriptor;
}
