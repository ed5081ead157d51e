namespace ProdReady.Engine.Files;

/// <summary>Resolves symlinks in every component of a path. .NET resolves only the last component
/// (<see cref="FileSystemInfo.ResolveLinkTarget"/>), which would let <c>link -> dir/x</c>, where <c>dir</c> is itself
/// a link out of the repository, pass as inside; so this walks the components by hand.</summary>
internal static class PathResolver
{
    private const int MaxLinkHops = 40;

    private static readonly char[] Separators = ['/', '\\'];

    /// <summary>The physical path, or null on a symlink loop or an unreadable link.</summary>
    public static string? RealPath(string path)
    {
        try
        {
            return Resolve(Path.GetFullPath(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static bool IsInside(string realRoot, string realPath) =>
        realPath == realRoot ||
        realPath.StartsWith(Path.EndsInDirectorySeparator(realRoot) ? realRoot : realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public static string Relative(string realRoot, string realPath) =>
        Path.GetRelativePath(realRoot, realPath).Replace('\\', '/');

    private static string? Resolve(string fullPath)
    {
        var current = Path.GetPathRoot(fullPath)!;
        var pending = new Stack<string>(Split(fullPath[current.Length..]).Reverse());
        var hops = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            foreach (var piece in Split(target).Reverse())
            {
                pending.Push(piece);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
            }
        }

        return current;
    }

    private static string[] Split(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
