using ProdReady.Model;

namespace ProdReady.Engine.Files;

/// <summary>Lists the repository with <c>git ls-files</c>, which applies every ignore source exactly as git does.
/// Git lists symlinks as files and never looks through them; paths under a symlinked directory are still treated
/// as links in case the index was crafted by hand.</summary>
internal sealed class GitLister(string root, IgnoreRules excludes)
{
    private readonly Dictionary<string, bool> _directoryDropped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _directoryLinked = new(StringComparer.Ordinal);

    public static bool IsWorkTree(string root) =>
        GitCommand.Run(root, "rev-parse", "--is-inside-work-tree")?.Trim() == "true";

    public static string? HeadCommit(string root)
    {
        var sha = GitCommand.Run(root, "rev-parse", "--verify", "--quiet", "HEAD")?.Trim();
        return sha is { Length: 40 or 64 } && sha.All(char.IsAsciiHexDigitLower) ? sha : null;
    }

    /// <summary>Null when git fails, so the caller can fall back to the ignore-file lister.</summary>
    public Listing? List()
    {
        var output = GitCommand.Run(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard");
        if (output is null)
        {
            return null;
        }

        var listing = new Listing();
        var paths = output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            // A trailing slash marks a nested repository or submodule: not part of this one.
            if (path.EndsWith('/') || IsDropped(path))
            {
                continue;
            }

            try
            {
                Classify(path, listing);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                listing.Skipped.Add(new SkippedFile(path, Reasons.Unreadable(e)));
            }
        }

        return listing;
    }

    private void Classify(string path, Listing listing)
    {
        var directory = DirectoryOf(path);
        var attributes = new FileInfo(Path.Combine(root, path)).Attributes;
        var missing = (int)attributes == -1;
        if ((directory.Length > 0 && IsLinked(directory)) || (!missing && attributes.HasFlag(FileAttributes.ReparsePoint)))
        {
            listing.Links.Add(path);
        }
        else if (!missing && !attributes.HasFlag(FileAttributes.Directory))
        {
            // Tracked files deleted from the work tree and submodule directories are not files to audit.
            listing.Files.Add(path);
        }
    }

    private bool IsDropped(string path)
    {
        // Git refuses such paths in its index; a crafted index must still not lead the walk out of the root.
        if (path.StartsWith('/') || path.Split('/').Any(segment => segment is ".." or "."))
        {
            return true;
        }

        var directory = DirectoryOf(path);
        if (directory.Length > 0 && IsDirectoryDropped(directory))
        {
            return true;
        }

        var name = path[(directory.Length == 0 ? 0 : directory.Length + 1)..];
        return name == ".git" || excludes.IsIgnored(path, isDirectory: false);
    }

    private bool IsDirectoryDropped(string directory)
    {
        if (_directoryDropped.TryGetValue(directory, out var dropped))
        {
            return dropped;
        }

        var parent = DirectoryOf(directory);
        var name = directory[(parent.Length == 0 ? 0 : parent.Length + 1)..];
        dropped = (parent.Length > 0 && IsDirectoryDropped(parent))
            || SkippedDirectories.IsSkipped(name, Path.Combine(root, directory))
            || excludes.IsIgnored(directory, isDirectory: true);
        _directoryDropped[directory] = dropped;
        return dropped;
    }

    private bool IsLinked(string directory)
    {
        if (_directoryLinked.TryGetValue(directory, out var linked))
        {
            return linked;
        }

        var parent = DirectoryOf(directory);
        linked = (parent.Length > 0 && IsLinked(parent)) || new DirectoryInfo(Path.Combine(root, directory)).LinkTarget is not null;
        _directoryLinked[directory] = linked;
        return linked;
    }

    private static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
