using System.Text.RegularExpressions;

namespace ProdReady.Tests.Cli;

public partial class DeterminismTests
{
    [Theory]
    [InlineData("fastapi-predictive-maintenance")]
    [InlineData("django-sentinel")]
    public void Two_runs_give_byte_identical_json_but_the_duration(string fixture)
    {
        var first = CliRun.Of("audit", TestPaths.Fixture(fixture), "--format", "json");
        var second = CliRun.Of("audit", TestPaths.Fixture(fixture), "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(Duration(), first.Stdout);
        Assert.Equal(Duration().Replace(first.Stdout, "\"durationMs\": 0"), Duration().Replace(second.Stdout, "\"durationMs\": 0"));
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("terminal")]
    public void Two_runs_give_identical_text_reports(string format)
    {
        var fixture = TestPaths.Fixture("fastapi-predictive-maintenance");
        var first = CliRun.Of("audit", fixture, "--format", format);
        var second = CliRun.Of("audit", fixture, "--format", format);
        Assert.Equal(Millis().Replace(first.Stdout, "0 ms"), Millis().Replace(second.Stdout, "0 ms"));
    }

    [GeneratedRegex("\"durationMs\": \\d+")]
    private static partial Regex Duration();

    [GeneratedRegex(@"\d+ ms")]
    private static partial Regex Millis();
}
