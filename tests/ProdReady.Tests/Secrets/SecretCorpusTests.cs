using ProdReady.Model;
using ProdReady.Rules;
using Xunit.Abstractions;

namespace ProdReady.Tests.Secrets;

public sealed class SecretCorpusTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> NotProviders = new(StringComparer.Ordinal) { "private-key", "jwt", "url-credential", "generic", "weak" };

    [Fact]
    public void Corpus_labels_at_least_400_lines_across_30_providers()
    {
        var negatives = SecretCorpus.NegativeLines().Count();
        var providers = SecretCorpus.Labels.Select(l => l.Family).Distinct().Count(f => !NotProviders.Contains(f));

        Assert.True(SecretCorpus.Labels.Length + negatives >= 400, $"{SecretCorpus.Labels.Length} positives + {negatives} negatives");
        Assert.True(providers >= 30, $"{providers} provider families");
        Assert.True(SecretCorpus.Files.Count >= 40, $"{SecretCorpus.Files.Count} files");
    }

    [Fact]
    public void Every_label_points_at_non_blank_lines_of_a_corpus_file()
    {
        foreach (var label in SecretCorpus.Labels)
        {
            Assert.True(SecretCorpus.Files.TryGetValue(label.Path, out var text), $"{label.Path} is not in the corpus");
            var lines = text.Split('\n');
            Assert.True(label.FirstLine >= 1 && label.LastLine <= lines.Length, $"{label.Path}:{label.FirstLine}-{label.LastLine} is outside the file");
            Assert.False(string.IsNullOrWhiteSpace(lines[label.FirstLine - 1]), $"{label.Path}:{label.FirstLine} is blank");
        }
    }

    [Fact]
    public void Every_secrets_rule_has_a_family()
    {
        var unmapped = Catalogue.All
            .Select(rule => rule.Descriptor)
            .Where(d => d.Area == Area.Secrets && !SecretFamilies.NotDetections.Contains(d.Name) && !SecretFamilies.Table.ContainsKey(d.Name))
            .Select(d => d.Name);

        Assert.Empty(unmapped);
    }

    [Fact]
    public void Precision_and_recall_stay_at_or_above_the_committed_figures()
    {
        var score = CorpusScore.Measure(SecretCorpus.Labels, SecretCorpus.Report.Findings);
        output.WriteLine(score.Table());
        var path = Path.Combine(SecretCorpus.Root, SecretCorpus.ThresholdsFile);
        if (TestPaths.Approving)
        {
            File.WriteAllText(path, CorpusThresholds.Render(score));
        }

        var failures = new List<string>();
        foreach (var (family, precision, recall) in CorpusThresholds.Read(path))
        {
            var measured = score.Family(family);
            Check(family, "precision", precision, measured?.Precision, failures);
            Check(family, "recall", recall, measured?.Recall, failures);
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static void Check(string family, string figure, double? floor, double? measured, List<string> failures)
    {
        const double Tolerance = 1e-9;
        if (floor is { } f && (measured ?? 0) + Tolerance < f)
        {
            failures.Add($"{family} {figure} {CorpusScore.Figure(measured)} is below the committed {CorpusScore.Figure(floor)}");
        }
    }
}
