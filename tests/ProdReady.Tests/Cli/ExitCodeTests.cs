namespace ProdReady.Tests.Cli;

public class ExitCodeTests
{
    private static readonly string Broken = TestPaths.Fixture("fastapi-predictive-maintenance");
    private static readonly string Fixed = TestPaths.Fixture("fastapi-predictive-maintenance-fixed");

    [Fact]
    public void Without_a_gate_the_audit_passes_even_with_critical_findings()
    {
        var run = CliRun.Of("audit", Broken, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Theory]
    [InlineData("critical", 1)]
    [InlineData("low", 1)]
    public void Fail_on_fails_when_a_finding_is_that_severe(string severity, int expected)
    {
        Assert.Equal(expected, CliRun.Of("audit", Broken, "--fail-on", severity, "--quiet").ExitCode);
    }

    [Fact]
    public void Fail_on_critical_passes_once_the_criticals_are_fixed()
    {
        Assert.Equal(0, CliRun.Of("audit", Fixed, "--fail-on", "critical", "--quiet").ExitCode);
    }

    [Theory]
    [InlineData("100", 1)]
    [InlineData("0", 0)]
    public void Min_score_gates_on_the_overall_score(string minimum, int expected)
    {
        Assert.Equal(expected, CliRun.Of("audit", Broken, "--min-score", minimum, "--quiet").ExitCode);
    }

    [Fact]
    public void Quiet_prints_nothing()
    {
        var run = CliRun.Of("audit", Broken, "--quiet");
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Output_writes_the_report_to_a_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"prodready-{Guid.NewGuid():N}.md");
        try
        {
            var run = CliRun.Of("audit", Broken, "--format", "markdown", "--output", file);
            Assert.Equal(0, run.ExitCode);
            Assert.Equal(string.Empty, run.Stdout);
            Assert.StartsWith("# ", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Rules_explain_shows_the_rule()
    {
        var run = CliRun.Of("rules", "explain", "cfg001");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("CFG001 debug-mode-enabled: ", run.Stdout);
        Assert.Contains("Why it matters", run.Stdout);
        Assert.Contains("Not reported: ", run.Stdout);
    }

    [Fact]
    public void Rules_list_lists_every_rule()
    {
        var run = CliRun.Of("rules", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{ProdReady.Rules.Catalogue.Known.Length} rules.", run.Stdout);
    }

    [Fact]
    public void Version_and_help_exit_zero()
    {
        var version = CliRun.Of("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout);
        var help = CliRun.Of("audit", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--fail-on", help.Stdout);
    }
}
