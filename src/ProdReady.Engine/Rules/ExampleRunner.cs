using ProdReady.Engine.Auditing;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Rules;

/// <summary>Runs a rule on one of its examples: the spans the example marks and what the rule reported.</summary>
public static class ExampleRunner
{
    public static ExampleRun Run(Rule rule, RuleExample example)
    {
        var parsed = example.Files.Select(ExampleMarkup.Parse).ToList();
        var repository = Repository.FromFiles(example.Files.Select((f, i) => KeyValuePair.Create(f.Path, parsed[i].Text)));
        var facts = FactsBuilder.Build(repository);
        var outcome = RuleEvaluator.EvaluateOne(rule, new AuditContext(facts));
        return new ExampleRun([.. parsed.SelectMany(p => p.Marked)], outcome, facts);
    }
}
