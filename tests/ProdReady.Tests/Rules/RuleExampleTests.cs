using ProdReady.Engine.Rules;
using ProdReady.Rules;

namespace ProdReady.Tests.Rules;

/// <summary>Every rule's own examples, run for real: bad examples report exactly the marked spans, good ones nothing.</summary>
public class RuleExampleTests
{
    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in Catalogue.All)
        {
            for (var i = 0; i < rule.Descriptor.Examples.Length; i++)
            {
                data.Add(rule.Descriptor.Id.Value, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_reports_exactly_what_it_marks(string ruleId, int index)
    {
        var rule = Catalogue.All.Single(r => r.Descriptor.Id.Value == ruleId);
        var example = rule.Descriptor.Examples[index];
        var run = ExampleRunner.Run(rule, example);

        Assert.Empty(run.Facts.Unparsed);
        if (example.Kind == ExampleKind.Bad)
        {
            Assert.Equal<string>(run.Marked, run.Reported);
        }
        else
        {
            Assert.True(run.Violations.IsEmpty, $"{ruleId} good example '{example.Reason}' reported {string.Join(", ", run.Reported)}");
        }
    }
}
