using ProdReady.Engine.Files;

namespace ProdReady.Tests.Walking;

public class WalkBasicsTests
{
    [Fact]
    public void A_missing_root_is_a_directory_not_found_error_with_one_line()
    {
        using var tree = new TempTree();
        var missing = tree.PathOf("missing");

        var error = Assert.Throws<DirectoryNotFoundException>(() => RepositoryWalker.Walk(missing, new WalkOptions()));

        Assert.Equal($"Repository root '{missing}' does not exist.", error.Message);
    }

    [Fact]
    public void A_file_as_root_is_a_directory_not_found_error()
    {
        using var tree = new TempTree().Write("file.txt", "x");
        var file = tree.PathOf("file.txt");

        var error = Assert.Throws<DirectoryNotFoundException>(() => RepositoryWalker.Walk(file, new WalkOptions()));

        Assert.Equal($"Repository root '{file}' is a file, not a directory.", error.Message);
    }

    [Fact]
    public void Output_is_sorted_by_ordinal_path_and_identical_across_walks()
    {
        using var tree = new TempTree();
        string[] names = ["b.txt", "B.txt", "a.txt", "a/b.txt", "a-b.txt", "a_b.txt", "Z/z.txt"];
        foreach (var name in names)
        {
            tree.Write(name, name);
        }

        for (var i = 0; i < 150; i++)
        {
            tree.Write($"many/file{i}.txt", $"content {i}");
        }

        var first = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false });
        var second = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false });

        var expected = names.Concat(Enumerable.Range(0, 150).Select(i => $"many/file{i}.txt")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal<string>(["B.txt", "Z/z.txt", "a-b.txt", "a.txt", "a/b.txt", "a_b.txt", "b.txt"], expected.Where(p => !p.StartsWith("many/", StringComparison.Ordinal)));
        Assert.Equal(expected, first.Files.Select(f => f.Path));
        Assert.Equal(expected, first.AllPaths);
        Assert.Equal(first.Files.Select(f => (f.Path, f.Text)), second.Files.Select(f => (f.Path, f.Text)));
        Assert.Equal("content 42", first.File("many/file42.txt")!.Text);
    }

    [Fact]
    public void Progress_counts_every_file_examined_once()
    {
        using var tree = new TempTree().Write("package-lock.json", "{}");
        for (var i = 0; i < 20; i++)
        {
            tree.Write($"src/f{i}.py", "x");
        }

        var progress = new RecordingProgress();
        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false }, progress);

        Assert.Equal(21, repository.AllPaths.Length);
        Assert.Equal(Enumerable.Range(1, 21), progress.Values.Order());
    }

    [Fact]
    public void Paths_are_relative_with_forward_slashes_and_the_root_is_absolute()
    {
        using var tree = new TempTree().Write("deploy/k8s/app.yaml", "kind: Deployment");

        var repository = RepositoryWalker.Walk(tree.Root + Path.DirectorySeparatorChar, new WalkOptions { UseGit = false });

        Assert.Equal(tree.Root, repository.Root);
        Assert.Equal<string>(["deploy/k8s/app.yaml"], repository.AllPaths);
        Assert.Equal(16, repository.Bytes);
    }
}
