using ProdReady.Engine.Files;

namespace ProdReady.Tests.Walking;

public class IgnoreTests
{
    private static readonly WalkOptions NoGit = new() { UseGit = false };

    [Fact]
    public void Nested_gitignore_files_apply_relative_to_their_directory_with_negations()
    {
        using var tree = new TempTree()
            .Write(".gitignore", "*.log\nsecrets/\n/only-root.txt\n*.txt\n!important.txt\n!sub/only-root.txt\n")
            .Write("sub/.gitignore", "!keep.log\n")
            .Write("app.py", "print()")
            .Write("debug.log", "x")
            .Write("only-root.txt", "x")
            .Write("important.txt", "x")
            .Write("notes.txt", "x")
            .Write("sub/only-root.txt", "x")
            .Write("sub/keep.log", "x")
            .Write("sub/other.log", "x")
            .Write("sub/deeper/trace.log", "x")
            .Write("sub/deeper/keep.log", "x")
            .Write("secrets/key.txt", "x")
            .Write("secrets/important.txt", "x");

        var repository = RepositoryWalker.Walk(tree.Root, NoGit);

        Assert.Equal<string>(
            [".gitignore", "app.py", "important.txt", "sub/.gitignore", "sub/deeper/keep.log", "sub/keep.log", "sub/only-root.txt"],
            repository.AllPaths);
        Assert.Empty(repository.Skipped);
        Assert.Null(repository.Commit);
    }

    [Fact]
    public void Git_info_exclude_is_honoured_and_the_git_directory_is_never_walked()
    {
        using var tree = new TempTree()
            .Write(".git/info/exclude", "# local\nlocal-only.env\n")
            .Write(".git/HEAD", "ref: refs/heads/main\n")
            .Write("local-only.env", "TOKEN=x")
            .Write("config/local-only.env", "TOKEN=x")
            .Write("main.py", "x");

        var repository = RepositoryWalker.Walk(tree.Root, NoGit);

        Assert.Equal<string>(["main.py"], repository.AllPaths);
    }

    [Fact]
    public void Configured_excludes_remove_paths_from_the_walk()
    {
        using var tree = new TempTree()
            .Write("docs/guide.md", "x")
            .Write("src/Model.generated.cs", "x")
            .Write("src/Model.cs", "x")
            .Write("samples/a/settings.json", "x")
            .Write("README.md", "x");

        var options = NoGit with { Excludes = ["docs/", "*.generated.cs", "samples/**/settings.json"] };
        var repository = RepositoryWalker.Walk(tree.Root, options);

        Assert.Equal<string>(["README.md", "src/Model.cs"], repository.AllPaths);
        Assert.Empty(repository.Skipped);
    }

    [Fact]
    public void Directories_nobody_audits_are_skipped_even_when_not_ignored_and_not_reported()
    {
        using var tree = new TempTree()
            .Write("app.py", "x")
            .Write(".vscode/settings.json", "{}")
            .Write("env/config.py", "x")
            .Write("myenv/pyvenv.cfg", "home = /usr/bin")
            .Write("myenv/lib/site.py", "x")
            .Write("src/node_modules/left-pad/index.js", "x");
        string[] skippedDirectories =
        [
            ".git", "node_modules", "bower_components", "venv", ".venv", "__pycache__", ".tox", ".nox", ".mypy_cache",
            ".pytest_cache", ".ruff_cache", "bin", "obj", "dist", "build", "out", "target", ".next", ".nuxt",
            ".svelte-kit", "coverage", "htmlcov", ".gradle", ".idea", ".vs", "vendor", "third_party", "Pods", ".terraform",
        ];
        foreach (var directory in skippedDirectories)
        {
            tree.Write($"{directory}/file.js", "const secret = 'x';");
        }

        var repository = RepositoryWalker.Walk(tree.Root, NoGit);

        Assert.Equal<string>([".vscode/settings.json", "app.py", "env/config.py"], repository.AllPaths);
        Assert.Empty(repository.Skipped);
    }
}
