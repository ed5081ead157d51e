using ProdReady.Engine.Files;

namespace ProdReady.Tests.Walking;

public class ReleasedTextTests
{
    [Fact]
    public void Each_file_is_handed_to_the_per_file_step_once_while_its_text_is_held()
    {
        using var tree = new TempTree().Write("a.py", "A = 1\n").Write("b/c.txt", "see\n");
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();

        RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false }, onRead: file => seen.Add($"{file.Path}={file.Text}"));

        Assert.Equal(["a.py=A = 1\n", "b/c.txt=see\n"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_released_file_reads_its_text_again_from_disk()
    {
        using var tree = new TempTree().Write("settings.py", "DEBUG = True\nSECRET = 'x'\n");
        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false }, onRead: file => file.Release());
        var file = repository.File("settings.py")!;
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal("DEBUG = True\nSECRET = 'x'\n", file.Text);
        Assert.Equal("SECRET = 'x'", file.Line(2));
    }

    [Fact]
    public void A_released_file_that_became_binary_reads_as_empty()
    {
        using var tree = new TempTree().Write("notes.txt", "hello\n");
        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false }, onRead: file => file.Release());
        tree.WriteBytes("notes.txt", [0x00, 0x01, 0x02]);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.Equal(string.Empty, repository.File("notes.txt")!.Text);
    }

    [Fact]
    public void An_in_memory_file_keeps_its_text_when_released()
    {
        var file = new SourceFile("a.py", "A = 1\n", 6);

        file.Release();

        Assert.Equal("A = 1\n", file.Text);
    }
}
