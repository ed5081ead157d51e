using System.Collections.Immutable;

namespace ProdReady.Engine.Files;

/// <summary>How the walk treats the repository. <see cref="Excludes"/> are gitignore-style patterns from configuration.</summary>
public sealed record WalkOptions
{
    public const long DefaultMaxFileBytes = 1024 * 1024;

    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public ImmutableArray<string> Excludes { get; init; } = [];

    /// <summary>Use <c>git ls-files</c> when the root is a git work tree and git is on the PATH. When false, git is
    /// never run: the ignore files are applied by a library matcher and the commit is unknown.</summary>
    public bool UseGit { get; init; } = true;
}
