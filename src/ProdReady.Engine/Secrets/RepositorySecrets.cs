using System.Collections.Immutable;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Secrets;

/// <summary>The secrets of a whole repository, scanned once, in parallel across files, the first time a rule asks.
/// An audit that walks the disk scans each file as it is read instead (see <c>Auditor</c>).</summary>
public sealed class RepositorySecrets
{
    private readonly Lazy<ImmutableArray<SecretMatch>> _all;
    private readonly Lazy<ILookup<string, SecretMatch>> _byDetector;

    public RepositorySecrets(Repository repository, SecretScanner scanner)
    {
        Scanner = scanner;
        _all = new(() => [.. repository.Files.AsParallel().AsOrdered().SelectMany(f => scanner.Scan(f.Path, f.Text))]);
        _byDetector = new(() => _all.Value.ToLookup(m => m.DetectorId, StringComparer.Ordinal));
    }

    /// <summary>Matches found earlier, file by file while the walk held each file's text, in the repository's file order.</summary>
    public RepositorySecrets(SecretScanner scanner, ImmutableArray<SecretMatch> all)
    {
        Scanner = scanner;
        _all = new(() => all);
        _byDetector = new(() => all.ToLookup(m => m.DetectorId, StringComparer.Ordinal));
    }

    public SecretScanner Scanner { get; }

    public ImmutableArray<SecretMatch> All => _all.Value;

    public IEnumerable<SecretMatch> Of(string detectorId) => _byDetector.Value[detectorId];
}
