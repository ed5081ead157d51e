using System.Text.Json;
using ProdReady.Tests.Walking;

namespace ProdReady.Tests.Cli;

public class ChangedSinceTests
{
    [Fact]
    public void Only_files_changed_since_the_reference_and_repository_level_findings_are_reported()
    {
        using var tree = new TempTree().Write("old.py", "DEBUG = True\n");
        TestGit.InitWithCommit(tree.Root);
        tree.Write("committed.py", "DEBUG = True\n");
        TestGit.Run(tree.Root, "add", "committed.py");
        TestGit.Run(tree.Root, "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "second");
        tree.Write("untracked.py", "DEBUG = True\n");

        var all = Findings(CliRun.Of("audit", tree.Root, "--format", "json"));
        var changed = Findings(CliRun.Of("audit", tree.Root, "--format", "json", "--changed-since", "HEAD~1"));
        var precommit = Findings(CliRun.Of("audit", tree.Root, "--format", "json", "--changed-since", "HEAD"));

        Assert.Equal(["committed.py", "old.py", "untracked.py"], all.Where(f => f is not null));
        Assert.Equal(["committed.py", "untracked.py"], changed.Where(f => f is not null));
        Assert.Equal(["untracked.py"], precommit.Where(f => f is not null));
        Assert.Equal(all.Count(f => f is null), changed.Count(f => f is null));
        Assert.True(all.Count(f => f is null) > 0);
    }

    [Fact]
    public void An_unknown_reference_is_a_one_line_error()
    {
        using var tree = new TempTree().Write("app.py", "x = 1\n");
        TestGit.InitWithCommit(tree.Root);

        var run = CliRun.Of("audit", tree.Root, "--changed-since", "no-such-branch");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["prodready: --changed-since: unknown git reference 'no-such-branch'."], run.ErrorLines);
    }

    [Fact]
    public void Outside_a_git_work_tree_changed_since_is_a_usage_error()
    {
        using var tree = new TempTree().Write("app.py", "x = 1\n");

        var run = CliRun.Of("audit", tree.Root, "--changed-since", "main");

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith("' is not a git work tree.", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static List<string?> Findings(CliRun run)
    {
        Assert.Equal(string.Empty, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        return [.. json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => f.GetProperty("file").GetString())
            .OrderBy(f => f, StringComparer.Ordinal)];
    }
}
