using System.Collections.Immutable;
using ProdReady.Model;

namespace ProdReady.Engine.Files;

/// <summary>What the walk produced: the readable text files, every path seen (so absence rules can look for a file
/// whose content was not read, such as a lockfile), and what was skipped and why.</summary>
public sealed class Repository
{
    private readonly Dictionary<string, SourceFile> _byPath;

    public Repository(string root, ImmutableArray<SourceFile> files, ImmutableArray<string> allPaths, ImmutableArray<SkippedFile> skipped, string? commit = null)
    {
        Root = root;
        Files = files;
        AllPaths = allPaths;
        Skipped = skipped;
        Commit = commit;
        _byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
    }

    public string Root { get; }

    /// <summary>Text files whose content was read, sorted by path.</summary>
    public ImmutableArray<SourceFile> Files { get; }

    /// <summary>Every path the walk kept (read or not), sorted.</summary>
    public ImmutableArray<string> AllPaths { get; }

    public ImmutableArray<SkippedFile> Skipped { get; }

    public string? Commit { get; }

    public long Bytes => Files.Sum(f => f.Bytes);

    public SourceFile? File(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>An in-memory repository, used for rule examples and tests.</summary>
    public static Repository FromFiles(IEnumerable<KeyValuePair<string, string>> files)
    {
        var sources = files
            .Select(f => new SourceFile(f.Key, f.Value, System.Text.Encoding.UTF8.GetByteCount(f.Value)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Repository("(memory)", sources, [.. sources.Select(s => s.Path)], []);
    }
}
