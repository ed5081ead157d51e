using System.Collections.Immutable;

namespace ProdReady.Engine.Files;

/// <summary>Consecutive lines one commit added to one file: the commit's full id, the file's path in that commit and
/// the 1-based line number of the first added line there.</summary>
public sealed record AddedHunk(string Commit, string Path, int FirstLine, ImmutableArray<string> Lines)
{
    public string Text => string.Join('\n', Lines);
}
