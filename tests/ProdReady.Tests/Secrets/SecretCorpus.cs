using System.Collections.Immutable;
using System.Globalization;
using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Files;
using ProdReady.Model;
using ProdReady.Rules;

namespace ProdReady.Tests.Secrets;

/// <summary>The labelled secrets corpus in tests/corpus/secrets: its files, its labels and one full audit of it,
/// shared by the tests that read it.</summary>
public static class SecretCorpus
{
    public const string LabelsFile = "labels.tsv";
    public const string ThresholdsFile = "thresholds.tsv";

    private static readonly Lazy<ImmutableArray<CorpusLabel>> LazyLabels = new(() => ReadLabels(Path.Combine(Root, LabelsFile)));
    private static readonly Lazy<ImmutableDictionary<string, string>> LazyFiles = new(ReadFiles);
    private static readonly Lazy<AuditReport> LazyReport = new(() =>
        new Auditor(Catalogue.All, ToolIdentity.Current, Catalogue.SecretScanner).Run(Root, Walk, RuleOptions.Default));

    public static string Root => Path.Combine(TestPaths.RepoRoot, "tests", "corpus", "secrets");

    public static WalkOptions Walk => new() { UseGit = false, Excludes = [LabelsFile, ThresholdsFile] };

    public static ImmutableArray<CorpusLabel> Labels => LazyLabels.Value;

    /// <summary>Corpus file text by repository-relative path, sidecars excluded.</summary>
    public static ImmutableDictionary<string, string> Files => LazyFiles.Value;

    public static AuditReport Report => LazyReport.Value;

    public static ImmutableArray<CorpusLabel> ReadLabels(string path)
    {
        var rows = File.ReadAllLines(path).Skip(1).Where(line => line.Length > 0);
        return [.. rows.Select(ParseLabel)];
    }

    /// <summary>Non-blank lines no label covers: every one is a deliberate look-alike.</summary>
    public static IEnumerable<(string Path, int Line)> NegativeLines()
    {
        foreach (var (path, text) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var number = i + 1;
                if (!string.IsNullOrWhiteSpace(lines[i]) && !Labels.Any(l => l.Path == path && l.Covers(number)))
                {
                    yield return (path, number);
                }
            }
        }
    }

    private static CorpusLabel ParseLabel(string row)
    {
        var cells = row.Split('\t');
        if (cells.Length != 5)
        {
            throw new InvalidDataException($"labels.tsv row needs 5 cells (path, line, family, note, secret): {row}");
        }

        var range = cells[1].Split('-');
        var first = int.Parse(range[0], CultureInfo.InvariantCulture);
        var last = range.Length == 2 ? int.Parse(range[1], CultureInfo.InvariantCulture) : first;
        return new CorpusLabel { Path = cells[0], FirstLine = first, LastLine = last, Family = cells[2], Note = cells[3], Secret = cells[4] };
    }

    private static ImmutableDictionary<string, string> ReadFiles() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(full => Path.GetRelativePath(Root, full).Replace('\\', '/'))
            .Where(path => path is not LabelsFile and not ThresholdsFile)
            .ToImmutableDictionary(path => path, path => File.ReadAllText(Path.Combine(Root, path)), StringComparer.Ordinal);
}
