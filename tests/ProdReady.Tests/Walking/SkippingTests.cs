using System.Text;
using ProdReady.Engine.Files;
using ProdReady.Model;

namespace ProdReady.Tests.Walking;

public class SkippingTests
{
    [Fact]
    public void Lockfiles_minified_bundles_source_maps_binaries_and_large_files_are_listed_but_not_read()
    {
        using var tree = new TempTree()
            .Write("package-lock.json", "{}")
            .Write("web/yarn.lock", "x")
            .Write("poetry.lock", "x")
            .Write("go.sum", "x")
            .Write("static/app.min.js", "var a=1")
            .Write("static/site.min.css", "a{}")
            .Write("static/app.js.map", "{}")
            .WriteBytes("logo.png", [0x89, 0x50, 0x4E, 0x47])
            .WriteBytes("models/model.pkl", [0x80, 0x04])
            .WriteBytes("data.sqlite", [0x53])
            .WriteBytes("blob.dat", [0x41, 0x00, 0x42])
            .Write("big.txt", new string('a', 1025))
            .Write("exact.txt", new string('b', 1024))
            .Write("empty.txt", string.Empty);

        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false, MaxFileBytes = 1024 });

        Assert.Equal<SkippedFile>(
            [
                new SkippedFile("big.txt", "larger than 1 KiB (max-file-size)"),
                new SkippedFile("blob.dat", "binary"),
                new SkippedFile("data.sqlite", "binary"),
                new SkippedFile("go.sum", "lockfile: not scanned for content"),
                new SkippedFile("logo.png", "binary"),
                new SkippedFile("models/model.pkl", "binary"),
                new SkippedFile("package-lock.json", "lockfile: not scanned for content"),
                new SkippedFile("poetry.lock", "lockfile: not scanned for content"),
                new SkippedFile("static/app.js.map", "source map"),
                new SkippedFile("static/app.min.js", "minified"),
                new SkippedFile("static/site.min.css", "minified"),
                new SkippedFile("web/yarn.lock", "lockfile: not scanned for content"),
            ],
            repository.Skipped);
        Assert.Equal<string>(["empty.txt", "exact.txt"], repository.Files.Select(f => f.Path));
        Assert.Equal(1024, repository.File("exact.txt")!.Bytes);
        Assert.Equal(14, repository.AllPaths.Length);
        Assert.Contains("package-lock.json", repository.AllPaths);
    }

    [Fact]
    public void A_size_cap_that_is_not_whole_kibibytes_is_reported_in_bytes()
    {
        using var tree = new TempTree().Write("a.txt", new string('a', 101));

        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false, MaxFileBytes = 100 });

        Assert.Equal<SkippedFile>([new SkippedFile("a.txt", "larger than 100 bytes (max-file-size)")], repository.Skipped);
    }

    [Fact]
    public void A_nul_byte_past_the_first_8_KiB_does_not_make_a_file_binary()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('x', 8 * 1024 + 10));
        bytes[^1] = 0;
        using var tree = new TempTree().WriteBytes("late-nul.txt", bytes);

        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false });

        Assert.Equal<string>(["late-nul.txt"], repository.Files.Select(f => f.Path));
        Assert.Empty(repository.Skipped);
    }
}
