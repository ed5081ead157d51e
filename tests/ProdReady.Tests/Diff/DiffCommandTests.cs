using ProdReady.Reporting.Json;
using ProdReady.Tests.Cli;

namespace ProdReady.Tests.Diff;

public sealed class DiffCommandTests : IDisposable
{
    private static int _count;

    // Error lines are redacted: a long run of letters, digits, slashes and dashes would be masked as a token, so
    // the dots keep the path readable.
    private readonly string _folder = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), $"prodready.diff.{Environment.ProcessId}.{Interlocked.Increment(ref _count)}")).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_output_lists_resolved_introduced_and_persisting_findings()
    {
        var (before, after) = WriteSamples();

        var run = CliRun.Of("diff", before, after, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Contains("\"scoreBefore\": 58,\n  \"scoreAfter\": 71,", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"verdictBefore\": \"not-ready\",\n  \"verdictAfter\": \"ready-after-fixes\",", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("low", 1)]
    [InlineData("medium", 0)]
    public void Fail_on_new_fails_when_an_introduced_finding_is_that_severe(string severity, int expected)
    {
        var (before, after) = WriteSamples();

        var run = CliRun.Of("diff", before, after, "--fail-on-new", severity);

        Assert.Equal(expected, run.ExitCode);
    }

    [Fact]
    public void Output_goes_to_the_file_given()
    {
        var (before, after) = WriteSamples();
        var output = Path.Combine(_folder, "diff.md");

        var run = CliRun.Of("diff", before, after, "--format", "markdown", "--output", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.StartsWith("# ProdReady diff\n", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_report_is_a_one_line_error()
    {
        var (before, _) = WriteSamples();
        var other = Write("package.json", "{\"name\": \"shop\", \"version\": \"1.0.0\"}");

        var run = CliRun.Of("diff", before, other);

        Assert.Equal(2, run.ExitCode);
        AssertOneLine(run, "package.json': not a ProdReady JSON report (no schemaVersion and findings).");
    }

    [Fact]
    public void Text_that_is_not_json_is_a_one_line_error()
    {
        var (before, _) = WriteSamples();
        var markdown = Write("audit.md", "# Audit\n\nAll good.\n");

        var run = CliRun.Of("diff", before, markdown);

        Assert.Equal(2, run.ExitCode);
        AssertOneLine(run, "audit.md': not a ProdReady JSON report (invalid JSON: '#' is an invalid start of a value).");
    }

    [Fact]
    public void An_unknown_schema_version_is_a_one_line_error()
    {
        var (_, after) = WriteSamples();
        var future = Write("future.json", "{\"schemaVersion\": \"2.0\", \"findings\": [], \"score\": \"high\"}");

        var run = CliRun.Of("diff", future, after);

        Assert.Equal(2, run.ExitCode);
        AssertOneLine(run, "future.json': schema version '2.0' is not supported; this ProdReady reads 1.x.");
    }

    [Fact]
    public void A_report_missing_a_required_field_is_a_one_line_error()
    {
        var (before, _) = WriteSamples();
        var partial = Write("partial.json", "{\"schemaVersion\": \"1.0\", \"findings\": []}");

        var run = CliRun.Of("diff", before, partial);

        Assert.Equal(2, run.ExitCode);
        AssertOneLine(run, "partial.json': not a ProdReady JSON report (missing tool, target, verdict, verdictReason, score, counts).");
    }

    [Fact]
    public void A_missing_file_is_a_one_line_error()
    {
        var (before, _) = WriteSamples();
        var missing = Path.Combine(_folder, "nope.json");

        var run = CliRun.Of("diff", before, missing);

        Assert.Equal(2, run.ExitCode);
        AssertOneLine(run, "nope.json' does not exist.");
    }

    [Fact]
    public void Html_is_not_a_diff_format()
    {
        var (before, after) = WriteSamples();

        var run = CliRun.Of("diff", before, after, "--format", "html");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    private void AssertOneLine(CliRun run, string ending) =>
        Assert.Equal([$"prodready: '{_folder}/{ending}"], run.ErrorLines);

    private (string Before, string After) WriteSamples() =>
        (Write("before.json", JsonReportSchema.Serialize(SampleDiffReports.Before())),
         Write("after.json", JsonReportSchema.Serialize(SampleDiffReports.After())));

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
