using ProdReady.Model;

namespace ProdReady.Engine.Files;

/// <summary>Decides what each symlink contributes. A link never leads out of the root; a link to a directory is
/// never followed (its files are walked where they really are, and cycles are impossible); a link to a file is read
/// through its real path only when that file is not walked already, and only once.</summary>
internal static class LinkResolver
{
    public static void Resolve(string root, Listing listing, List<WalkCandidate> candidates, List<SkippedFile> skipped, List<string> unreadPaths)
    {
        var realRoot = PathResolver.RealPath(root) ?? root;
        var walked = new HashSet<string>(listing.Files, StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in listing.Links.Order(StringComparer.Ordinal))
        {
            var real = PathResolver.RealPath(Path.Combine(root, link));
            if (real is null)
            {
                skipped.Add(new SkippedFile(link, Reasons.SymlinkLoop));
            }
            else if (!PathResolver.IsInside(realRoot, real))
            {
                skipped.Add(new SkippedFile(link, Reasons.SymlinkOutside));
            }
            else if (Directory.Exists(real))
            {
                continue;
            }
            else if (!File.Exists(real))
            {
                skipped.Add(new SkippedFile(link, Reasons.BrokenSymlink));
            }
            else
            {
                var target = PathResolver.Relative(realRoot, real);
                if (walked.Contains(target) || !claimed.Add(target))
                {
                    unreadPaths.Add(link);
                    skipped.Add(new SkippedFile(link, Reasons.SymlinkTo(target)));
                }
                else
                {
                    candidates.Add(new WalkCandidate(link, real));
                }
            }
        }
    }
}
