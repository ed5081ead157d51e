using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ProdReady.Model;

namespace ProdReady.Tests.Secrets;

/// <summary>Precision and recall of one audit against the labels: a detection on a labelled line finds that label;
/// a detection on any other line is a false positive of the family its rule belongs to.</summary>
public sealed record CorpusScore
{
    public const string Overall = "overall";

    public required FamilyScore Total { get; init; }

    public required ImmutableArray<FamilyScore> Families { get; init; }

    /// <summary>"path:line rule" of every false positive, for the table's footer.</summary>
    public required ImmutableArray<string> FalsePositiveLines { get; init; }

    public required ImmutableArray<CorpusLabel> MissedLabels { get; init; }

    public FamilyScore? Family(string family) => family == Overall ? Total : Families.FirstOrDefault(f => f.Family == family);

    public static CorpusScore Measure(ImmutableArray<CorpusLabel> labels, IEnumerable<Finding> findings)
    {
        var found = new HashSet<CorpusLabel>();
        var rightByFamily = new Dictionary<string, HashSet<CorpusLabel>>(StringComparer.Ordinal);
        var wrongByFamily = new Dictionary<string, HashSet<(string, int)>>(StringComparer.Ordinal);
        var wrong = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings.Where(SecretFamilies.IsDetection))
        {
            var family = SecretFamilies.Of(finding);
            var label = labels.FirstOrDefault(l => l.Path == finding.File && l.Covers(finding.Line!.Value));
            if (label is not null)
            {
                found.Add(label);
                Bucket(rightByFamily, family).Add(label);
                continue;
            }

            Bucket(wrongByFamily, family).Add((finding.File!, finding.Line!.Value));
            wrong.Add($"{finding.File}:{finding.Line} {finding.RuleName}");
        }

        var families = labels.Select(l => l.Family).Concat(rightByFamily.Keys).Concat(wrongByFamily.Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(family => new FamilyScore
            {
                Family = family,
                Labels = labels.Count(l => l.Family == family),
                Found = found.Count(l => l.Family == family),
                ReportedRight = rightByFamily.GetValueOrDefault(family)?.Count ?? 0,
                FalsePositives = wrongByFamily.GetValueOrDefault(family)?.Count ?? 0,
            })
            .ToImmutableArray();
        var falsePositiveLines = wrongByFamily.Values.SelectMany(v => v).Distinct().Count();
        return new CorpusScore
        {
            Total = new FamilyScore { Family = Overall, Labels = labels.Length, Found = found.Count, ReportedRight = found.Count, FalsePositives = falsePositiveLines },
            Families = families,
            FalsePositiveLines = [.. wrong],
            MissedLabels = [.. labels.Where(l => !found.Contains(l))],
        };
    }

    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"family",-16} {"labels",6} {"found",6} {"missed",6} {"FP",4} {"precision",9} {"recall",7}");
        foreach (var row in Families.Append(Total))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{row.Family,-16} {row.Labels,6} {row.Found,6} {row.Missed,6} {row.FalsePositives,4} {Figure(row.Precision),9} {Figure(row.Recall),7}");
        }

        foreach (var line in FalsePositiveLines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"false positive {line}");
        }

        foreach (var label in MissedLabels)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"missed {label.Path}:{label.FirstLine} {label.Family} ({label.Note})");
        }

        return text.ToString();
    }

    public static string Figure(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static HashSet<T> Bucket<T>(Dictionary<string, HashSet<T>> buckets, string family)
    {
        if (!buckets.TryGetValue(family, out var bucket))
        {
            buckets[family] = bucket = [];
        }

        return bucket;
    }
}
