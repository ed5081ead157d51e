using ProdReady.Model;

namespace ProdReady.Engine.Files;

/// <summary>What a lister found under the root, before any file is read. Paths are relative, with forward slashes.</summary>
internal sealed class Listing
{
    public List<string> Files { get; } = [];

    /// <summary>Paths that are symlinks, or that lie under a symlinked directory: resolved before anything is read.</summary>
    public List<string> Links { get; } = [];

    public List<SkippedFile> Skipped { get; } = [];
}
