using ProdReady.Engine.Files;
using ProdReady.Model;

namespace ProdReady.Tests.Walking;

public class SymlinkTests
{
    [Fact]
    public void Symlinks_never_lead_out_of_the_root_and_inside_ones_are_read_once()
    {
        using var outside = new TempTree().Write("secret.txt", "PASSWORD=outside");
        using var tree = new TempTree()
            .Write(".gitignore", "ignored/\n")
            .Write("app.py", "print('app')")
            .Write("ignored/real.cfg", "setting = 1")
            .Link("leak.txt", outside.PathOf("secret.txt"))
            .Link("leakdir", outside.Root)
            .Link("inner", outside.Root)
            .Link("sneaky.txt", "inner/secret.txt")
            .Link("alias.py", "app.py")
            .Link("cfg-link", "ignored/real.cfg")
            .Link("cfg-link-2", "ignored/real.cfg")
            .Link("loop", ".")
            .Link("self-a", "self-b")
            .Link("self-b", "self-a")
            .Link("dangling", "nowhere");

        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false });

        Assert.Equal<SkippedFile>(
            [
                new SkippedFile("alias.py", "symlink to app.py"),
                new SkippedFile("cfg-link-2", "symlink to ignored/real.cfg"),
                new SkippedFile("dangling", "unreadable: broken symlink"),
                new SkippedFile("inner", "symlink outside the repository"),
                new SkippedFile("leak.txt", "symlink outside the repository"),
                new SkippedFile("leakdir", "symlink outside the repository"),
                new SkippedFile("self-a", "unreadable: symlink loop"),
                new SkippedFile("self-b", "unreadable: symlink loop"),
                new SkippedFile("sneaky.txt", "symlink outside the repository"),
            ],
            repository.Skipped);
        Assert.Equal<string>([".gitignore", "app.py", "cfg-link"], repository.Files.Select(f => f.Path));
        Assert.Equal("setting = 1", repository.File("cfg-link")!.Text);
        Assert.Equal<string>([".gitignore", "alias.py", "app.py", "cfg-link", "cfg-link-2"], repository.AllPaths);
        Assert.DoesNotContain(repository.Files, f => f.Text.Contains("outside", StringComparison.Ordinal));
    }

    [Fact]
    public void A_root_reached_through_a_symlink_still_reads_its_own_files()
    {
        using var tree = new TempTree().Write("real/app.py", "x").Link("via", "real");

        var repository = RepositoryWalker.Walk(tree.PathOf("via"), new WalkOptions { UseGit = false });

        Assert.Equal<string>(["app.py"], repository.AllPaths);
        Assert.Empty(repository.Skipped);
    }
}
