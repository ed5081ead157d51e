using System.Text.Json;
using ProdReady.Engine.Config;
using ProdReady.Tests.Walking;

namespace ProdReady.Tests.Cli;

public class WorkflowCommandTests
{
    private const string Settings = "import os\nDEBUG = True\n";

    [Fact]
    public void Init_writes_a_starter_config_that_loads_and_refuses_to_overwrite_without_force()
    {
        using var tree = new TempTree();

        var first = CliRun.Of("init", tree.Root);
        var second = CliRun.Of("init", tree.Root);
        File.WriteAllText(tree.PathOf(".prodready.yml"), "disable: [CFG001]\n");
        var forced = CliRun.Of("init", tree.Root, "--force");

        Assert.Equal((0, $"Wrote {Path.Combine(tree.Root, ".prodready.yml")}.\n"), (first.ExitCode, first.Stdout));
        Assert.Equal(2, second.ExitCode);
        Assert.EndsWith(".prodready.yml' already exists; use --force to overwrite it.", Assert.Single(second.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(ProdReady.Cli.StarterConfig.Text, File.ReadAllText(tree.PathOf(".prodready.yml")));
        Assert.Equal(AuditConfig.Default, ConfigLoader.Load(tree.Root, null));
    }

    [Fact]
    public void The_starter_config_s_examples_are_valid_once_uncommented()
    {
        using var tree = new TempTree();
        var uncommented = string.Join('\n', ProdReady.Cli.StarterConfig.Text.Split('\n')
            .Where(l => l.StartsWith("# ", StringComparison.Ordinal) && (l.Contains(':', StringComparison.Ordinal) || l.StartsWith("#   ", StringComparison.Ordinal)) && !l.StartsWith("# ProdReady", StringComparison.Ordinal) && !l.EndsWith('.'))
            .Select(l => l[2..]));
        tree.Write(".prodready.yml", uncommented).Write("app.py", "x = 1\n");

        var config = ConfigLoader.Load(tree.Root, null);
        var run = CliRun.Of("audit", tree.Root, "--quiet");

        Assert.Equal(["CI001", "hardcoded-localhost-url"], config.Ignores.Select(i => i.Rule));
        Assert.Equal<string>(["docs/examples/", "**/*.generated.cs"], config.Excludes);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_baseline_taken_before_lines_are_inserted_still_suppresses_its_findings()
    {
        using var tree = new TempTree().Write("settings.py", Settings);
        var baseline = tree.PathOf("baseline.txt");

        var taken = CliRun.Of("baseline", tree.Root, "--output", baseline);
        var before = File.ReadAllText(baseline);
        tree.Write("settings.py", "import os\nimport sys\n\n# settings\n" + Settings);
        var after = CliRun.Of("audit", tree.Root, "--baseline", baseline, "--format", "json", "--fail-on", "low");
        CliRun.Of("baseline", tree.Root, "--output", tree.PathOf("again.txt"));

        Assert.Equal(0, taken.ExitCode);
        var entries = before.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal($"Recorded {entries.Count} findings in {baseline}.\n", taken.Stdout);
        Assert.Contains(entries, e => e.EndsWith(" CFG001 settings.py", StringComparison.Ordinal));
        var repositoryLevel = entries.Where(e => e.EndsWith("(repository)", StringComparison.Ordinal)).ToList();
        Assert.Equal(repositoryLevel.OrderBy(e => e.Split(' ')[1], StringComparer.Ordinal).ThenBy(e => e, StringComparer.Ordinal), repositoryLevel);
        Assert.Equal(before, File.ReadAllText(tree.PathOf("again.txt")));

        Assert.Equal(0, after.ExitCode);
        using var json = JsonDocument.Parse(after.Stdout);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("findings").GetArrayLength());
        Assert.Equal(100, root.GetProperty("score").GetInt32());
        Assert.Equal(entries.Count, root.GetProperty("stats").GetProperty("suppressedFindings").GetInt32());
        Assert.Equal(0, root.GetProperty("staleSuppressions").GetArrayLength());
        var debug = root.GetProperty("suppressed").EnumerateArray().Single(s => s.GetProperty("ruleId").GetString() == "CFG001");
        Assert.Equal(("settings.py", 6, "baseline", "in the baseline baseline.txt"), (debug.GetProperty("file").GetString(), debug.GetProperty("line").GetInt32(), debug.GetProperty("source").GetString(), debug.GetProperty("reason").GetString()));
        Assert.Equal(JsonValueKind.Null, debug.GetProperty("expires").ValueKind);
    }

    [Fact]
    public void Inline_suppressions_are_listed_on_request_and_strict_reports_the_finding_again()
    {
        using var tree = new TempTree().Write("settings.py", "DEBUG = True  # prodready:ignore CFG001 until=2999-12-31 local development settings\n");

        var listed = CliRun.Of("audit", tree.Root, "--format", "markdown", "--list-suppressed");
        var strict = CliRun.Of("audit", tree.Root, "--format", "json", "--strict");

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains(" · 1 suppressed\n", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Suppressed findings (1)\n\n| Rule | Location | Severity | Source | Reason | Expires |\n", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("| CFG001 | `settings.py:1` | high | inline | local development settings | 2999-12-31 |\n", listed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("CFG001 ·", listed.Stdout, StringComparison.Ordinal);
        Assert.Contains("#### CFG001 · ", CliRun.Of("audit", tree.Root, "--format", "markdown", "--strict").Stdout, StringComparison.Ordinal);
        Assert.Contains("\"ruleId\": \"CFG001\"", strict.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"suppressed\": []", strict.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stale_suppressions_appear_in_the_terminal_report()
    {
        using var tree = new TempTree().Write("settings.py", "DEBUG = False  # prodready:ignore CFG001 was needed once\n");

        var run = CliRun.Of("audit", tree.Root);

        Assert.Contains("1 stale suppression", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("inline settings.py:1 CFG001: no CFG001 finding on this line", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ignore_naming_an_unknown_rule_is_a_one_line_error_with_its_line()
    {
        using var tree = new TempTree().Write(".prodready.yml", "ignore:\n  - rule: CI001\n    reason: fine\n  - rule: NOPE001\n    reason: typo\n");

        var run = CliRun.Of("audit", tree.Root);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["prodready: .prodready.yml:4: 'ignore' names unknown rule 'NOPE001' (see 'prodready rules list')"], run.ErrorLines);
    }

    [Fact]
    public void A_missing_or_malformed_baseline_is_a_usage_error()
    {
        using var tree = new TempTree().Write("bad.txt", "not a baseline\n");

        var missing = CliRun.Of("audit", tree.Root, "--baseline", tree.PathOf("none.txt"));
        var malformed = CliRun.Of("audit", tree.Root, "--baseline", tree.PathOf("bad.txt"));

        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("prodready: baseline '", Assert.Single(missing.ErrorLines));
        Assert.Equal(2, malformed.ExitCode);
        Assert.EndsWith(".txt': line 1 is not 'FINGERPRINT RULE-ID PATH'.", Assert.Single(malformed.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_tool_and_rules_versions_the_same_way_every_time()
    {
        var first = CliRun.Of("--version");
        var second = CliRun.Of("--version");

        Assert.Matches(@"^\d+\.\d+\.\d+ \(rules \d+-[0-9a-f]{8}\)\n$", first.Stdout);
        Assert.Contains($"(rules {ProdReady.Rules.Catalogue.Known.Length}-", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(first.Stdout, second.Stdout);
    }
}
