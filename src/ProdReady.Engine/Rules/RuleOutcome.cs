using System.Collections.Immutable;

namespace ProdReady.Engine.Rules;

public abstract record RuleOutcome
{
    private RuleOutcome()
    {
    }

    public static RuleOutcome Pass(params Evidence[] evidence) => new Passed([.. evidence]);

    public static RuleOutcome Pass(IEnumerable<Evidence> evidence) => new Passed([.. evidence]);

    public static RuleOutcome Fail(params Violation[] violations) => new Failed([.. violations]);

    public static RuleOutcome Skip(string reason) => new NotApplicable(reason);

    public sealed record Passed(ImmutableArray<Evidence> Evidence) : RuleOutcome;

    public sealed record Failed(ImmutableArray<Violation> Violations) : RuleOutcome;

    public sealed record NotApplicable(string Reason) : RuleOutcome;
}
