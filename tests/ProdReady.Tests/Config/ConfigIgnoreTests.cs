using ProdReady.Engine.Config;
using ProdReady.Tests.Walking;

namespace ProdReady.Tests.Config;

public class ConfigIgnoreTests
{
    [Fact]
    public void Ignore_entries_are_read_with_their_lines()
    {
        using var tree = new TempTree().Write(".prodready.yml", """
            disable: [OBS004]
            ignore:
              - rule: CI001
                reason: deployed by the platform pipeline
              - rule: hardcoded-localhost-url
                path: "scripts/**"
                reason: developer tooling
                until: 2027-06-30
            """);

        var config = ConfigLoader.Load(tree.Root, null);

        Assert.Equal<ConfigIgnore>(
            [
                new ConfigIgnore { Rule = "CI001", Reason = "deployed by the platform pipeline", Line = 3 },
                new ConfigIgnore { Rule = "hardcoded-localhost-url", Path = "scripts/**", Reason = "developer tooling", Until = new DateOnly(2027, 6, 30), Line = 5 },
            ],
            config.Ignores);
        Assert.Equal<string>(["OBS004"], config.DisabledRules);
    }

    [Theory]
    [InlineData("ignore:\n  - rule: CI001\n", ".prodready.yml:2: 'ignore' entry for CI001 has no 'reason' (say why it is accepted)")]
    [InlineData("ignore:\n  - reason: why\n", ".prodready.yml:2: 'ignore' entry has no 'rule' (a rule ID or name)")]
    [InlineData("ignore:\n  - rule: CI001\n    reason: x\n    until: next week\n", ".prodready.yml:4: 'ignore' until 'next week' is not a date (expected YYYY-MM-DD)")]
    [InlineData("ignore:\n  - rule: CI001\n    reason: x\n    paths: a/\n", ".prodready.yml:4: unknown key 'paths' in 'ignore' (expected rule, path, reason or until)")]
    [InlineData("ignore:\n  - rule: CI001\n    reason: [a, b]\n", ".prodready.yml:3: 'ignore' reason must be a single value")]
    [InlineData("ignore: CI001\n", ".prodready.yml:1: 'ignore' must be a list of entries such as '- rule: SEC001' with 'reason:' (and optionally 'path:' and 'until:')")]
    [InlineData("ignore:\n  - CI001\n", ".prodready.yml:2: 'ignore' must be a list of entries such as '- rule: SEC001' with 'reason:' (and optionally 'path:' and 'until:')")]
    public void Invalid_ignore_entries_name_the_line_and_problem(string text, string message)
    {
        using var tree = new TempTree().Write(".prodready.yml", text);

        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Load(tree.Root, null));

        Assert.Equal(message, error.Message);
    }
}
