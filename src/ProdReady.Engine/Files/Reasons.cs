namespace ProdReady.Engine.Files;

/// <summary>The exact wording of every skipped-file reason, shared by the walker and its tests.</summary>
internal static class Reasons
{
    public const string Lockfile = "lockfile: not scanned for content";
    public const string Minified = "minified";
    public const string SourceMap = "source map";
    public const string Binary = "binary";
    public const string SymlinkOutside = "symlink outside the repository";
    public const string SymlinkLoop = "unreadable: symlink loop";
    public const string BrokenSymlink = "unreadable: broken symlink";

    public static string TooLarge(long maxBytes) =>
        maxBytes % 1024 == 0
            ? $"larger than {maxBytes / 1024} KiB (max-file-size)"
            : $"larger than {maxBytes} bytes (max-file-size)";

    public static string Unreadable(Exception error) => $"unreadable: {OneLine(error.Message)}";

    public static string SymlinkTo(string target) => $"symlink to {target}";

    private static string OneLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim();
    }
}
