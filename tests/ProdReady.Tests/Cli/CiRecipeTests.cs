using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ProdReady.Tests.Cli;

/// <summary>The CI recipes in docs/ci.md and this repository's own workflow and hook: valid YAML, actions pinned by
/// SHA, least permissions, and ProdReady commands that run.</summary>
public partial class CiRecipeTests
{
    private static readonly string Broken = TestPaths.Fixture("fastapi-predictive-maintenance");

    [Fact]
    public void The_github_actions_recipe_gates_uploads_sarif_and_writes_the_job_summary()
    {
        var workflow = Recipe("jobs:");
        var steps = Steps(workflow, "prodready");

        Assert.Equal("read", Scalar(workflow, "permissions", "contents"));
        Assert.Equal("write", Scalar(Job(workflow, "prodready"), "permissions", "security-events"));
        Assert.Equal(
            ["actions/checkout", "actions/setup-dotnet", null, null, null, "github/codeql-action/upload-sarif"],
            steps.Select(s => Uses(s)?.Split('@')[0]));
        Assert.All(steps.Select(Uses).OfType<string>(), PinnedBySha);
        Assert.Equal("dotnet tool install --global ProdReady --version 0.1.0", Run(steps[2]));
        Assert.Equal("prodready audit . --format markdown --no-progress >> \"$GITHUB_STEP_SUMMARY\"", Run(steps[3]));
        Assert.Equal("prodready audit . --fail-on high --format sarif --output results.sarif --no-progress", Run(steps[4]));
        Assert.Equal("always()", Scalar(steps[5], "if"));
        Assert.Equal("results.sarif", Scalar(steps[5], "with", "sarif_file"));
        Assert.Equal(Current.Version, Run(steps[2]).Split(' ')[^1]);
    }

    [Fact]
    public void The_github_actions_recipe_s_commands_run_and_gate_on_high_findings()
    {
        var steps = Steps(Recipe("jobs:"), "prodready");
        var summary = RunProdReady(Run(steps[3]).Split(">>")[0]);
        var gate = RunProdReady(Run(steps[4]));

        Assert.Equal(0, summary.ExitCode);
        Assert.StartsWith("# Production readiness: ", summary.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, gate.ExitCode);
    }

    [Fact]
    public void The_gitlab_recipe_keeps_its_reports_as_artifacts_and_gates_on_high_findings()
    {
        var job = (YamlMappingNode)Recipe("stage: test").Children[new YamlScalarNode("prodready")];
        var script = ((YamlSequenceNode)job.Children[new YamlScalarNode("script")]).Select(n => ((YamlScalarNode)n).Value!).ToList();
        var paths = ((YamlSequenceNode)((YamlMappingNode)job.Children[new YamlScalarNode("artifacts")]).Children[new YamlScalarNode("paths")]).Select(n => ((YamlScalarNode)n).Value).ToList();

        Assert.Equal("always", Scalar(job, "artifacts", "when"));
        Assert.Equal(["prodready.md", "prodready.sarif"], paths);
        Assert.Equal(
            ["prodready audit . --format markdown --output prodready.md --no-progress", "prodready audit . --fail-on high --format sarif --output prodready.sarif --no-progress"],
            script);
        Assert.Equal(1, RunProdReady(script[1]).ExitCode);
    }

    [Fact]
    public void The_pre_commit_hook_and_recipe_audit_changes_since_head_and_fail_on_high()
    {
        var published = (YamlMappingNode)((YamlSequenceNode)Load(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, ".pre-commit-hooks.yaml")))).Children[0];
        var recipe = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)Recipe("repos:").Children[new YamlScalarNode("repos")])[0]).Children[new YamlScalarNode("hooks")])[0];

        foreach (var hook in new[] { published, recipe })
        {
            Assert.Equal("prodready", Scalar(hook, "id"));
            Assert.Equal("system", Scalar(hook, "language"));
            Assert.Equal("false", Scalar(hook, "pass_filenames"));
            Assert.Equal("prodready audit --changed-since HEAD --fail-on high --no-progress", Scalar(hook, "entry"));
        }
    }

    [Fact]
    public void This_repository_s_workflow_runs_the_test_script_with_pinned_actions_and_read_only_permissions()
    {
        var workflow = (YamlMappingNode)Load(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, ".github", "workflows", "ci.yml")));
        var steps = Steps(workflow, "test");

        Assert.Equal("read", Scalar(workflow, "permissions", "contents"));
        Assert.Single(((YamlMappingNode)workflow.Children[new YamlScalarNode("permissions")]).Children);
        Assert.All(steps.Select(Uses).OfType<string>(), PinnedBySha);
        Assert.Equal(".ci/run", Run(steps[^1]));
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, ".ci", "run")));
    }

    [Fact]
    public void Prodready_passes_its_own_ci_rule()
    {
        var run = CliRun.Of("audit", TestPaths.RepoRoot, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.DoesNotContain("CI001", json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
        Assert.Contains("CI001", json.RootElement.GetProperty("passed").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()));
    }

    private static ProdReady.Model.ToolInfo Current => ProdReady.Cli.ToolIdentity.Current;

    /// <summary>Runs a documented command line in-process against a fixture, exactly as written.</summary>
    private static CliRun RunProdReady(string commandLine)
    {
        var words = commandLine.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.Equal("prodready", words[0]);
        var args = words.Skip(1).Select(w => w == "." ? Broken : w).ToList();
        var output = args.IndexOf("--output");
        var file = Path.Combine(Path.GetTempPath(), $"prodready-recipe-{Guid.NewGuid():N}");
        if (output >= 0)
        {
            args[output + 1] = file;
        }

        try
        {
            var run = CliRun.Of([.. args]);
            Assert.Equal(string.Empty, run.Stderr);
            Assert.True(output < 0 || File.Exists(file));
            if (output >= 0 && args.Contains("sarif"))
            {
                using var sarif = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
                Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            }

            return run;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static YamlMappingNode Recipe(string containing)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "ci.md"));
        var block = YamlBlock().Matches(text).Select(m => m.Groups[1].Value).Single(b => b.Contains(containing, StringComparison.Ordinal));
        return (YamlMappingNode)Load(block);
    }

    private static YamlNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Assert.Single(stream.Documents).RootNode;
    }

    private static YamlMappingNode Job(YamlMappingNode workflow, string name) =>
        (YamlMappingNode)((YamlMappingNode)workflow.Children[new YamlScalarNode("jobs")]).Children[new YamlScalarNode(name)];

    private static List<YamlMappingNode> Steps(YamlMappingNode workflow, string job) =>
        [.. ((YamlSequenceNode)Job(workflow, job).Children[new YamlScalarNode("steps")]).Cast<YamlMappingNode>()];

    private static string? Uses(YamlMappingNode step) =>
        step.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) ? ((YamlScalarNode)uses).Value : null;

    private static string Run(YamlMappingNode step) => Scalar(step, "run").Trim();

    private static string Scalar(YamlMappingNode node, params string[] path)
    {
        YamlNode current = node;
        foreach (var key in path)
        {
            current = ((YamlMappingNode)current).Children[new YamlScalarNode(key)];
        }

        return ((YamlScalarNode)current).Value!;
    }

    private static void PinnedBySha(string uses) => Assert.Matches(@"@[0-9a-f]{40}$", uses);

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
