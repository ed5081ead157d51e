using System.Text.Json;
using ProdReady.Tests.Cli;

namespace ProdReady.Tests.Claims;

public class VerifyClaimsCommandTests
{
    private static readonly string Document = Path.Combine(TestPaths.RepoRoot, "tests", "ProdReady.Tests", "Claims", "Documents", "readiness-complete.md");
    private static readonly string Original = TestPaths.Fixture("fastapi-predictive-maintenance");
    private static readonly string Fixed = TestPaths.Fixture("fastapi-predictive-maintenance-fixed");

    [Fact]
    public void Json_output_lists_each_claim_with_its_line_topic_status_and_evidence()
    {
        var run = CliRun.Of("verify-claims", Document, Original, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("1.0", root.GetProperty("schemaVersion").GetString());
        var claim = root.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("line").GetInt32() == 27);
        Assert.Equal("containers", claim.GetProperty("topic").GetString());
        Assert.Equal("contradicted", claim.GetProperty("status").GetString());
        Assert.Equal("CTR001", claim.GetProperty("evidence")[0].GetProperty("ruleId").GetString());
        var counts = root.GetProperty("counts");
        Assert.Equal((3, 9, 2, 3), (counts.GetProperty("supported").GetInt32(), counts.GetProperty("contradicted").GetInt32(),
            counts.GetProperty("noEvidence").GetInt32(), counts.GetProperty("notCheckable").GetInt32()));
    }

    [Fact]
    public void Fail_on_contradicted_fails_only_when_a_claim_is_contradicted()
    {
        Assert.Equal(1, CliRun.Of("verify-claims", Document, Original, "--fail-on-contradicted").ExitCode);
        Assert.Equal(0, CliRun.Of("verify-claims", Document, Fixed, "--fail-on-contradicted").ExitCode);
    }

    [Fact]
    public void Two_runs_write_identical_output()
    {
        var first = CliRun.Of("verify-claims", Document, Original, "--format", "markdown");
        var second = CliRun.Of("verify-claims", Document, Original, "--format", "markdown");

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Contains("| 35 | Health checks for every service | health-checks | **Contradicted** |", first.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_document_is_a_one_line_error()
    {
        var run = CliRun.Of("verify-claims", "/no/such/AUDIT.md", Original);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["prodready: '/no/such/AUDIT.md' does not exist."], run.ErrorLines);
    }

    [Fact]
    public void A_missing_repository_is_a_one_line_error()
    {
        var run = CliRun.Of("verify-claims", Document, "/no/such/dir");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["prodready: '/no/such/dir' does not exist."], run.ErrorLines);
    }

    [Fact]
    public void The_repositorys_configuration_applies_disabled_rules_no_longer_contradict_claims()
    {
        using var tree = new Walking.TempTree()
            .Write("settings.py", "DEBUG = True\n")
            .Write("CLAIMS.md", "# Status\n\n- [x] Debug mode disabled in production\n");
        var before = JsonDocument.Parse(CliRun.Of("verify-claims", tree.PathOf("CLAIMS.md"), tree.Root, "--format", "json").Stdout);
        tree.Write(".prodready.yml", "disable:\n  - CFG001\n");
        var after = JsonDocument.Parse(CliRun.Of("verify-claims", tree.PathOf("CLAIMS.md"), tree.Root, "--format", "json").Stdout);

        Assert.Equal("contradicted", StatusOfLine(before, 3));
        Assert.NotEqual("contradicted", StatusOfLine(after, 3));
    }

    [Fact]
    public void An_invalid_configuration_is_a_one_line_error()
    {
        using var tree = new Walking.TempTree()
            .Write("CLAIMS.md", "- [x] Debug mode disabled\n")
            .Write(".prodready.yml", "disable:\n  - CFG999\n");

        var run = CliRun.Of("verify-claims", tree.PathOf("CLAIMS.md"), tree.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["prodready: configuration 'disable': unknown rule 'CFG999' (see 'prodready rules list')."], run.ErrorLines);
    }

    private static string? StatusOfLine(JsonDocument json, int line) =>
        json.RootElement.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("line").GetInt32() == line).GetProperty("status").GetString();
}
