namespace ProdReady.Engine.Files;

/// <summary>A file to read: its path in the repository and where its bytes really are (different for a symlink).</summary>
internal sealed record WalkCandidate(string Path, string ReadPath);
