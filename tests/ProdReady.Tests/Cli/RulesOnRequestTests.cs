namespace ProdReady.Tests.Cli;

public class RulesOnRequestTests
{
    [Fact]
    public void The_history_rule_is_listed_and_explained_like_every_other_rule()
    {
        var list = CliRun.Of("rules", "list");
        var explain = CliRun.Of("rules", "explain", "SEC006");

        Assert.Equal((0, 0), (list.ExitCode, explain.ExitCode));
        Assert.Contains("SEC006", list.Stdout);
        Assert.Contains("secret-in-git-history", explain.Stdout);
    }
}
