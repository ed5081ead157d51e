using System.Text.Json;
using System.Text.RegularExpressions;
using ProdReady.Tests.Reporting;

namespace ProdReady.Tests.Cli;

/// <summary>Several formats from one audit with --output-dir, and the usage errors around --format and --output.</summary>
public sealed partial class OutputFormatsTests : IDisposable
{
    private static readonly string Broken = TestPaths.Fixture("fastapi-predictive-maintenance");
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("prodready-formats-");

    public void Dispose() => _temp.Delete(recursive: true);

    private string Dir(string name) => Path.Combine(_temp.FullName, name);

    [Fact]
    public void Four_formats_are_written_from_one_audit_into_a_new_directory()
    {
        var dir = Dir("nested/reports");

        var run = CliRun.Of("audit", Broken, "--format", "json,sarif,html,markdown", "--output-dir", dir);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.Equal(["prodready.html", "prodready.json", "prodready.md", "prodready.sarif"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var findings = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "prodready.json"))).RootElement.GetProperty("findings").GetArrayLength();
        var sarif = File.ReadAllText(Path.Combine(dir, "prodready.sarif"));
        SarifSchema.AssertValid(sarif);
        var results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength();
        Assert.Equal(findings, results);
        Assert.Equal(findings, File.ReadAllText(Path.Combine(dir, "prodready.html")).Split("<article class=\"finding").Length - 1);
        Assert.StartsWith("# Production readiness: ", File.ReadAllText(Path.Combine(dir, "prodready.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_format_goes_to_a_text_file_without_colour()
    {
        var dir = Dir("text");

        var run = CliRun.Of("audit", Broken, "--format", "terminal", "--output-dir", dir);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["prodready.txt"], Directory.GetFiles(dir).Select(Path.GetFileName));
        var text = File.ReadAllText(Path.Combine(dir, "prodready.txt"));
        Assert.Contains("NOT READY", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void Gate_still_applies_when_writing_several_formats()
    {
        var run = CliRun.Of("audit", Broken, "--format", "sarif,json", "--output-dir", Dir("gate"), "--fail-on", "high");

        Assert.Equal(1, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(Dir("gate"), "prodready.sarif")));
    }

    [Fact]
    public void A_single_sarif_file_can_be_written_with_output()
    {
        var file = Dir("results.sarif");

        var run = CliRun.Of("audit", Broken, "--format", "sarif", "--output", file);

        Assert.Equal(0, run.ExitCode);
        SarifSchema.AssertValid(File.ReadAllText(file));
        Assert.Equal("2.1.0", JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("version").GetString());
    }

    [Theory]
    [InlineData(new[] { "--format", "json,sarif", "--output", "x.json" }, "prodready: --output writes one format; use --output-dir DIR to write several. (see 'prodready --help')")]
    [InlineData(new[] { "--format", "json", "--output", "x.json", "--output-dir", "out" }, "prodready: --output and --output-dir cannot be used together. (see 'prodready --help')")]
    [InlineData(new[] { "--format", "json,xml" }, "prodready: Argument 'xml' not recognized. Must be one of: terminal, markdown, json, html, sarif. (see 'prodready --help')")]
    [InlineData(new[] { "--format", "json,,sarif" }, "prodready: Argument '' not recognized. Must be one of: terminal, markdown, json, html, sarif. (see 'prodready --help')")]
    [InlineData(new[] { "--format", "2" }, "prodready: Argument '2' not recognized. Must be one of: terminal, markdown, json, html, sarif. (see 'prodready --help')")]
    public void Bad_format_combinations_are_one_line_usage_errors(string[] options, string expected)
    {
        var run = CliRun.Of(["audit", Broken, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([expected], run.ErrorLines);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Output_dir_that_is_a_file_is_a_usage_error()
    {
        var file = Dir("occupied");
        File.WriteAllText(file, "x");

        var run = CliRun.Of("audit", Broken, "--format", "json", "--output-dir", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        // The path itself may be masked: error lines pass through the redactor, which takes long random-looking runs for tokens.
        Assert.StartsWith("prodready: cannot create '", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_formats_are_written_once()
    {
        var run = CliRun.Of("audit", Broken, "--format", "JSON,json", "--output-dir", Dir("once"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["prodready.json"], Directory.GetFiles(Dir("once")).Select(Path.GetFileName));
    }

    [Fact]
    public void Two_runs_give_byte_identical_sarif_and_html_but_the_duration()
    {
        CliRun.Of("audit", Broken, "--format", "sarif,html", "--output-dir", Dir("first"));
        CliRun.Of("audit", Broken, "--format", "sarif,html", "--output-dir", Dir("second"));

        string Read(string run, string file) => File.ReadAllText(Path.Combine(Dir(run), file));
        Assert.Equal(Read("first", "prodready.sarif"), Read("second", "prodready.sarif"));
        Assert.Equal(Duration().Replace(Read("first", "prodready.html"), "in 0 ms."), Duration().Replace(Read("second", "prodready.html"), "in 0 ms."));
    }

    [Fact]
    public void Help_lists_the_formats_and_output_dir()
    {
        var run = CliRun.Of("audit", "--help");

        Assert.Contains("terminal, markdown, json, html, sarif", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--output-dir", run.Stdout, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"in [0-9.]+ m?s\.")]
    private static partial Regex Duration();
}
