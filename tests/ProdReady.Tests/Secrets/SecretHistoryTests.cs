using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Files;
using ProdReady.Engine.Secrets;
using ProdReady.Rules;
using ProdReady.Tests.Walking;

namespace ProdReady.Tests.Secrets;

public sealed class SecretHistoryTests
{
    private const string Removed = "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1";
    private const string Kept = "zY8xW6vU4tS2rQ0pO8nM6lK4jI2hG0";

    [Fact]
    public void A_secret_deleted_from_the_tree_is_reported_at_the_commit_that_added_it()
    {
        using var tree = new TempTree();
        tree.Write("app/config.py", $"import os\nGITHUB_TOKEN = \"{Token(Removed)}\"\n");
        tree.Write("app/deploy.py", $"DEPLOY_TOKEN = \"{Token(Kept)}\"\n");
        TestGit.InitWithCommit(tree.Root);
        var added = TestGit.Run(tree.Root, "rev-parse", "--short=7", "HEAD").Trim();
        tree.Write("app/config.py", "import os\nGITHUB_TOKEN = os.environ[\"GITHUB_TOKEN\"]\n");
        Commit(tree.Root, "read the token from the environment");

        var report = new Auditor([.. Catalogue.All, Catalogue.History], ToolIdentity.Current).Run(tree.Root, new WalkOptions(), RuleOptions.Default);

        var finding = Assert.Single(report.Findings, f => f.RuleName == "secret-in-git-history");
        Assert.Equal(("app/config.py", 2), (finding.File, finding.Line));
        Assert.Equal($"GitHub token added in commit {added} at app/config.py:2 is no longer in the tree but remains in history", finding.Message.Value);
        Assert.DoesNotContain(Removed[4..], finding.Snippet?.Value ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_history_there_is_no_history_finding()
    {
        using var tree = new TempTree();
        tree.Write("app/config.py", $"GITHUB_TOKEN = \"{Token(Removed)}\"\n");

        var report = new Auditor([.. Catalogue.All, Catalogue.History], ToolIdentity.Current).Run(tree.Root, new WalkOptions(), RuleOptions.Default);

        Assert.DoesNotContain(report.Findings, f => f.RuleName == "secret-in-git-history");
    }

    [Fact]
    public void Parse_reads_added_lines_with_their_commit_path_and_line()
    {
        string[] log =
        [
            "\u0001commit 1111111111111111111111111111111111111111",
            "",
            "diff --git a/a.py b/a.py",
            "--- a/a.py",
            "+++ b/a.py",
            "@@ -3 +3,2 @@",
            "-old",
            "+new one",
            "+++ starts with pluses",
            "@@ -9,0 +11 @@ def f():",
            "+later",
            "diff --git a/gone.py b/gone.py",
            "--- a/gone.py",
            "+++ /dev/null",
            "@@ -1 +0,0 @@",
            "-deleted",
        ];

        var hunks = GitHistory.Parse(log).Select(h => $"{h.Commit[..4]} {h.Path}:{h.FirstLine} {string.Join('|', h.Lines)}");

        Assert.Equal(["1111 a.py:3 new one|++ starts with pluses", "1111 a.py:11 later"], hunks);
    }

    private static string Token(string body) => $"ghp_{body}{Checksums.Base62(Checksums.Crc32(body), 6)}";

    private static void Commit(string root, string message)
    {
        TestGit.Run(root, "add", "-A");
        TestGit.Run(root, "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
    }
}
