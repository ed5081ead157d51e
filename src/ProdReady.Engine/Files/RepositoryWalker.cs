using System.Collections.Immutable;
using ProdReady.Model;

namespace ProdReady.Engine.Files;

public static class RepositoryWalker
{
    /// <summary>Walks <paramref name="root"/> and reads every auditable file once. Files are read in parallel; the
    /// result is sorted by path (ordinal) so two walks of the same tree are identical. <paramref name="filesRead"/>
    /// receives the running count of files examined. <paramref name="onRead"/> runs on each file as soon as it is read,
    /// on the reading thread, so per-file work can be done while the text is in memory and the text then released.</summary>
    /// <exception cref="DirectoryNotFoundException">The root does not exist or is not a directory.</exception>
    public static Repository Walk(string root, WalkOptions options, IProgress<int>? filesRead = null, Action<SourceFile>? onRead = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes);
        var fullRoot = CheckRoot(root);
        var excludes = IgnoreRules.FromPatterns(options.Excludes);

        var useGit = options.UseGit && GitLister.IsWorkTree(fullRoot);
        var listing = (useGit ? new GitLister(fullRoot, excludes).List() : null) ?? new IgnoreFileLister(fullRoot, excludes).List();
        var commit = useGit ? GitLister.HeadCommit(fullRoot) : null;

        var candidates = listing.Files.Select(f => new WalkCandidate(f, Path.Combine(fullRoot, f))).ToList();
        var skipped = new List<SkippedFile>(listing.Skipped);
        var unreadPaths = new List<string>();
        LinkResolver.Resolve(fullRoot, listing, candidates, skipped, unreadPaths);

        var outcomes = ReadAll(candidates, options.MaxFileBytes, filesRead, onRead);
        skipped.AddRange(outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!));

        return new Repository(
            fullRoot,
            [.. outcomes.Where(o => o.File is not null).Select(o => o.File!).OrderBy(f => f.Path, StringComparer.Ordinal)],
            [.. candidates.Select(c => c.Path).Concat(unreadPaths).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ThenBy(s => s.Reason, StringComparer.Ordinal)],
            commit);
    }

    private static string CheckRoot(string root)
    {
        if (string.IsNullOrWhiteSpace(root))
        {
            throw new DirectoryNotFoundException("Repository root is empty.");
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (File.Exists(full))
        {
            throw new DirectoryNotFoundException($"Repository root '{root}' is a file, not a directory.");
        }

        return Directory.Exists(full) ? full : throw new DirectoryNotFoundException($"Repository root '{root}' does not exist.");
    }

    private static ImmutableArray<ReadOutcome> ReadAll(List<WalkCandidate> candidates, long maxBytes, IProgress<int>? filesRead, Action<SourceFile>? onRead)
    {
        var outcomes = new ReadOutcome[candidates.Count];
        var done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, candidates.Count, parallel, i =>
        {
            outcomes[i] = FileReader.Read(candidates[i], maxBytes);
            if (outcomes[i].File is { } file)
            {
                onRead?.Invoke(file);
            }

            filesRead?.Report(Interlocked.Increment(ref done));
        });
        return [.. outcomes];
    }
}
