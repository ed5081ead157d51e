using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;

namespace ProdReady.Engine.Auditing;

/// <summary>Runs rules over facts: a rule whose stack is absent is not applicable without running; a rule that
/// throws is recorded as an error, which makes the audit incomplete, and the others go on.</summary>
public static class RuleEvaluator
{
    public static (ImmutableArray<RuleResult> Results, ImmutableArray<string> Errors) Evaluate(RepositoryFacts facts, IEnumerable<Rule> rules)
    {
        var context = new AuditContext(facts);
        var list = rules.ToList();
        var outcomes = new RuleOutcome[list.Count];
        var errors = new string?[list.Count];
        Parallel.For(0, list.Count, i =>
        {
            try
            {
                outcomes[i] = EvaluateOne(list[i], context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                outcomes[i] = RuleOutcome.Skip("the rule failed to run");
                // An exception message can quote the repository's text, so it is redacted like any output.
                errors[i] = Model.Redactor.Text($"rule {list[i].Descriptor.Id} failed: {e.GetType().Name}: {FirstLine(e.Message)}").Value;
            }
        });

        return (
            [.. list.Select((rule, i) => new RuleResult(rule, outcomes[i]))],
            [.. errors.OfType<string>()]);
    }

    public static RuleOutcome EvaluateOne(Rule rule, AuditContext context)
    {
        var appliesTo = rule.Descriptor.AppliesTo;
        if (!appliesTo.IsEmpty && !context.Facts.HasAny(appliesTo))
        {
            return RuleOutcome.Skip($"none of {string.Join(", ", appliesTo)} is used");
        }

        return rule.Evaluate(context);
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
