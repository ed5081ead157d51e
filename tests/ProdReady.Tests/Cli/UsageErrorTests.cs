namespace ProdReady.Tests.Cli;

/// <summary>Bad input: exactly one line on stderr, exit code 2, nothing on stdout, no stack trace.</summary>
public class UsageErrorTests
{
    private static readonly string Broken = TestPaths.Fixture("fastapi-predictive-maintenance");

    public static TheoryData<string[], string> Cases() => new()
    {
        { ["audit", "/no/such/dir"], "prodready: '/no/such/dir' does not exist." },
        { ["audit", Path.Combine(Broken, "python_backend", "requirements.txt")], "is a file; give the repository's directory." },
        { ["audit", Broken, "--format", "xml"], "prodready: Argument 'xml' not recognized. Must be one of:" },
        { ["audit", Broken, "--fail-on", "severe"], "prodready: Argument 'severe' not recognized. Must be one of:" },
        { ["audit", Broken, "--min-score", "101"], "prodready: --min-score must be between 0 and 100." },
        { ["audit", Broken, "--min-score", "lots"], "prodready: Cannot parse argument 'lots' for option '--min-score'" },
        { ["audit", Broken, "--bogus"], "prodready: Unrecognized command or argument '--bogus'." },
        { ["audit", Broken, "--config", "/no/such/config.yml"], "/no/such/config.yml" },
        { ["audit", Broken, "--output", "/no/such/dir/report.json"], "prodready: cannot write '/no/such/dir/report.json'" },
        { ["rules", "explain", "NOPE999"], "prodready: no rule 'NOPE999' (see 'prodready rules list')." },
        { ["frobnicate"], "prodready: Unrecognized command or argument 'frobnicate'." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_one_line_and_exit_code_two(string[] args, string expected)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains(expected, run.ErrorLines[0]);
        Assert.StartsWith("prodready: ", run.ErrorLines[0]);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void An_unreadable_config_is_one_line_and_exit_code_two()
    {
        var dir = Directory.CreateTempSubdirectory("prodready-config-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, ".prodready.yml"), "disable: [\n  - : :\n");
            var run = CliRun.Of("audit", dir.FullName);
            Assert.Equal(2, run.ExitCode);
            Assert.Single(run.ErrorLines);
            Assert.Contains(".prodready.yml", run.ErrorLines[0]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_config_naming_an_unknown_rule_is_a_usage_error()
    {
        var dir = Directory.CreateTempSubdirectory("prodready-config-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, ".prodready.yml"), "disable:\n  - XYZ999\n");
            var run = CliRun.Of("audit", dir.FullName);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal("prodready: configuration 'disable': unknown rule 'XYZ999' (see 'prodready rules list').", run.ErrorLines.Single());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
