namespace ProdReady.Engine.Rules;

/// <summary>A rule: a descriptor and an evaluation over the repository's facts. One rule, one file.</summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract RuleOutcome Evaluate(AuditContext context);
}
