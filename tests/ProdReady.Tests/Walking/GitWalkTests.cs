using ProdReady.Engine.Files;
using ProdReady.Model;

namespace ProdReady.Tests.Walking;

public class GitWalkTests
{
    [Fact]
    public void A_git_work_tree_is_listed_by_git_including_tracked_files_that_match_an_ignore_pattern()
    {
        using var outside = new TempTree().Write("secret.txt", "PASSWORD=outside");
        using var tree = new TempTree()
            .Write(".gitignore", "*.secret\n")
            .Write("app.py", "x")
            .Write("forced.secret", "x")
            .Write("node_modules/lib/index.js", "x")
            .Write("docs/guide.md", "x")
            .Link("leak.txt", outside.PathOf("secret.txt"));
        if (TestGit.IsAvailable)
        {
            TestGit.InitWithCommit(tree.Root, "forced.secret", "node_modules/lib/index.js");
        }

        tree.Write("untracked.py", "x").Write("untracked.secret", "x");
        var options = new WalkOptions { Excludes = ["docs/"] };

        var repository = RepositoryWalker.Walk(tree.Root, options);
        var matcher = RepositoryWalker.Walk(tree.Root, options with { UseGit = false });

        // Only git knows that forced.secret is tracked; the ignore-file matcher must leave it out.
        Assert.Equal<string>([".gitignore", "app.py", "untracked.py"], matcher.AllPaths);
        Assert.Null(matcher.Commit);
        if (TestGit.IsAvailable)
        {
            Assert.Equal<string>([".gitignore", "app.py", "forced.secret", "untracked.py"], repository.AllPaths);
            Assert.Equal(TestGit.Run(tree.Root, "rev-parse", "HEAD").Trim(), repository.Commit);
        }
        else
        {
            Assert.Equal(matcher.AllPaths, repository.AllPaths);
            Assert.Null(repository.Commit);
        }

        Assert.Equal<SkippedFile>([new SkippedFile("leak.txt", "symlink outside the repository")], repository.Skipped);
        Assert.Equal<SkippedFile>([new SkippedFile("leak.txt", "symlink outside the repository")], matcher.Skipped);
    }

    [Fact]
    public void The_audited_repository_configuration_cannot_make_git_run_a_command()
    {
        using var tree = new TempTree().Write("app.py", "x");
        var marker = tree.PathOf("ran");
        var script = tree.PathOf("monitor.sh");
        File.WriteAllText(script, $"#!/bin/sh\ntouch '{marker}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (TestGit.IsAvailable)
        {
            TestGit.InitWithCommit(tree.Root);
            TestGit.Run(tree.Root, "config", "core.fsmonitor", script);
        }

        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions());

        Assert.False(File.Exists(marker));
        Assert.Equal<string>(["app.py", "monitor.sh"], repository.AllPaths);
    }

    [Fact]
    public void A_directory_outside_any_work_tree_falls_back_to_the_ignore_file_matcher()
    {
        using var tree = new TempTree().Write(".gitignore", "*.tmp\n").Write("app.py", "x").Write("scratch.tmp", "x");

        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions());

        Assert.Equal<string>([".gitignore", "app.py"], repository.AllPaths);
        Assert.Null(repository.Commit);
    }

    [Fact]
    public void A_repository_without_commits_has_no_commit()
    {
        using var tree = new TempTree().Write("app.py", "x");
        if (TestGit.IsAvailable)
        {
            TestGit.Run(tree.Root, "init", "-q");
        }

        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions());

        Assert.Null(repository.Commit);
        Assert.Equal<string>(["app.py"], repository.AllPaths);
    }
}
