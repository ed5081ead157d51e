using ProdReady.Cli;
using ProdReady.Rules;

namespace ProdReady.Tests.Rules;

public class RuleReferenceTests
{
    [Fact]
    public void Docs_rules_md_is_generated_from_the_current_rules()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "docs", "rules.md");
        var expected = RuleReference.Markdown(Catalogue.Known);
        if (TestPaths.Approving)
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected, "docs/rules.md is stale: run PRODREADY_APPROVE=1 ./scripts/test.sh and commit it");
    }

    [Fact]
    public void Every_rule_appears_in_the_reference_with_its_examples()
    {
        var text = RuleReference.Markdown(Catalogue.Known);
        foreach (var rule in Catalogue.Known)
        {
            Assert.Contains($"## {rule.Descriptor.Id}", text);
            foreach (var example in rule.Descriptor.Examples)
            {
                Assert.Contains(example.Reason, text);
            }
        }
    }
}
