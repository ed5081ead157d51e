using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules;

namespace ProdReady.Tests.Rules;

public partial class CatalogueTests
{
    [Fact]
    public void Rule_ids_and_names_are_unique()
    {
        Assert.Equal(Catalogue.Known.Length, Catalogue.Known.Select(r => r.Descriptor.Id).Distinct().Count());
        Assert.Equal(Catalogue.Known.Length, Catalogue.Known.Select(r => r.Descriptor.Name).Distinct().Count());
    }

    [Fact]
    public void Every_rule_class_is_registered_once()
    {
        var ruleTypes = typeof(Catalogue).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract).ToHashSet();
        Assert.Equal(ruleTypes.OrderBy(t => t.Name), Catalogue.Known.Select(r => r.GetType()).Distinct().OrderBy(t => t.Name));
    }

    [Fact]
    public void Descriptors_are_complete_and_well_formed()
    {
        foreach (var rule in Catalogue.All)
        {
            var d = rule.Descriptor;
            Assert.True(d.Id.Prefix == d.Area.RulePrefix(), $"{d.Id}: prefix does not match area {d.Area.Id()}");
            Assert.Matches(KebabCase(), d.Name);
            Assert.False(string.IsNullOrWhiteSpace(d.Title), $"{d.Id}: title");
            Assert.True(d.Rationale.Length >= 40, $"{d.Id}: rationale too short");
            Assert.True(d.Fix.Length >= 20, $"{d.Id}: fix too short");
            Assert.True(d.EffortHours > 0, $"{d.Id}: effort");
            Assert.NotEmpty(d.References);
            Assert.Equal(rule.GetType().Name, rule.GetType().Name.Trim());
        }
    }

    [Fact]
    public void Every_rule_has_bad_and_good_examples_with_reasons()
    {
        foreach (var rule in Catalogue.All)
        {
            var examples = rule.Descriptor.Examples;
            Assert.True(examples.Any(e => e.Kind == ExampleKind.Bad), $"{rule.Descriptor.Id} has no bad example");
            Assert.True(examples.Any(e => e.Kind == ExampleKind.Good), $"{rule.Descriptor.Id} has no good example");
            Assert.All(examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
