using System.Text;
using ProdReady.Engine.Files;

namespace ProdReady.Tests.Walking;

public class DecodingTests
{
    [Fact]
    public void Text_is_decoded_as_utf8_with_bom_awareness_and_invalid_bytes_become_replacement_characters()
    {
        using var tree = new TempTree()
            .WriteBytes("invalid.txt", [0x61, 0xC3, 0x28, 0x62, 0xFF, 0x63])
            .WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("héllo")])
            .WriteBytes("utf16le.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("KEY=välue")])
            .WriteBytes("utf16be.txt", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("KEY=välue")])
            .WriteBytes("truncated.txt", [0x61, 0xE2, 0x82]);

        var repository = RepositoryWalker.Walk(tree.Root, new WalkOptions { UseGit = false });

        Assert.Equal("a\uFFFD(b\uFFFDc", repository.File("invalid.txt")!.Text);
        Assert.Equal("héllo", repository.File("bom.txt")!.Text);
        Assert.Equal("KEY=välue", repository.File("utf16le.txt")!.Text);
        Assert.Equal("KEY=välue", repository.File("utf16be.txt")!.Text);
        Assert.Equal("a\uFFFD", repository.File("truncated.txt")!.Text);
        Assert.Equal(6, repository.File("invalid.txt")!.Bytes);
        Assert.Empty(repository.Skipped);
    }
}
