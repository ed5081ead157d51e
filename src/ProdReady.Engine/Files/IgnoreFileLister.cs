using ProdReady.Model;

namespace ProdReady.Engine.Files;

/// <summary>Lists the repository by walking the file system and applying every <c>.gitignore</c> and
/// <c>.git/info/exclude</c> itself. Used when git is unavailable, the root is not a work tree, or git is turned off.</summary>
internal sealed class IgnoreFileLister(string root, IgnoreRules excludes)
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly IgnoreRules _ignores = new();
    private readonly Listing _listing = new();

    public Listing List()
    {
        _ignores.PushFile(string.Empty, Path.Combine(root, ".git", "info", "exclude"));
        Walk(root, string.Empty);
        return _listing;
    }

    private void Walk(string fullDirectory, string relativeDirectory)
    {
        var pushed = _ignores.PushFile(relativeDirectory, Path.Combine(fullDirectory, ".gitignore"));
        try
        {
            foreach (var entry in Entries(fullDirectory, relativeDirectory))
            {
                Visit(entry, relativeDirectory.Length == 0 ? entry.Name : $"{relativeDirectory}/{entry.Name}");
            }
        }
        finally
        {
            if (pushed)
            {
                _ignores.Pop();
            }
        }
    }

    private void Visit(FileSystemInfo entry, string relativePath)
    {
        // Attributes come from the enumeration itself; a symlink carries ReparsePoint and is never treated as a directory.
        var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
        var isDirectory = !isLink && entry is DirectoryInfo;
        if (_ignores.IsIgnored(relativePath, isDirectory) || excludes.IsIgnored(relativePath, isDirectory))
        {
            return;
        }

        if (isLink)
        {
            _listing.Links.Add(relativePath);
        }
        else if (isDirectory)
        {
            if (!SkippedDirectories.IsSkipped(entry.Name, entry.FullName))
            {
                Walk(entry.FullName, relativePath);
            }
        }
        else if (entry.Name != ".git")
        {
            _listing.Files.Add(relativePath);
        }
    }

    private IEnumerable<FileSystemInfo> Entries(string fullDirectory, string relativeDirectory)
    {
        try
        {
            return [.. new DirectoryInfo(fullDirectory).EnumerateFileSystemInfos("*", OneLevel)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _listing.Skipped.Add(new SkippedFile(relativeDirectory.Length == 0 ? "." : relativeDirectory + "/", Reasons.Unreadable(e)));
            return [];
        }
    }
}
