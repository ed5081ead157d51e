using System.Collections.Immutable;

namespace ProdReady.Engine.Files;

/// <summary>Files changed since a git reference: committed since the merge base (<c>REF...HEAD</c>), plus staged,
/// modified and untracked files in the work tree. Paths are relative to the audited root, like findings'.</summary>
public static class GitChanges
{
    /// <exception cref="ArgumentException">The root is not a git work tree, or the reference names no commit.</exception>
    public static ImmutableHashSet<string> Since(string root, string reference)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference.StartsWith('-'))
        {
            throw new ArgumentException($"'{reference}' is not a git reference");
        }

        if (!GitLister.IsWorkTree(root))
        {
            throw new ArgumentException($"'{root}' is not a git work tree");
        }

        if (GitCommand.Run(root, "rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}") is null)
        {
            throw new ArgumentException($"unknown git reference '{reference}'");
        }

        // --relative limits the diff to the audited directory and makes its paths relative to it, like ls-files.
        string?[] outputs =
        [
            GitCommand.Run(root, "diff", "--name-only", "-z", "--relative", "--no-renames", $"{reference}...HEAD", "--"),
            GitCommand.Run(root, "diff", "--name-only", "-z", "--relative", "--no-renames", "HEAD", "--"),
            GitCommand.Run(root, "ls-files", "-z", "--others", "--exclude-standard"),
        ];
        if (outputs.Any(o => o is null))
        {
            throw new ArgumentException($"git could not list the changes since '{reference}'");
        }

        return [.. outputs.SelectMany(o => o!.Split('\0', StringSplitOptions.RemoveEmptyEntries))];
    }
}
