using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ProdReady.Tests.Secrets;

/// <summary>tests/corpus/secrets/thresholds.tsv: the committed floor for each family's precision and recall
/// ("-" where a figure is not enforced), with the row "overall" for the whole corpus.</summary>
public static class CorpusThresholds
{
    public static ImmutableArray<(string Family, double? Precision, double? Recall)> Read(string path) =>
    [
        .. File.ReadAllLines(path).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t'))
            .Select(cells => (cells[0], Parse(cells[1]), Parse(cells[2]))),
    ];

    /// <summary>The measured figures, rounded down, as the new committed floor.</summary>
    public static string Render(CorpusScore score)
    {
        var text = new StringBuilder("family\tprecision\trecall\n");
        foreach (var row in score.Families.Append(score.Total))
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Family}\t{Floor(row.Precision)}\t{Floor(row.Recall)}\n");
        }

        return text.ToString();
    }

    private static double? Parse(string cell) => cell == "-" ? null : double.Parse(cell, CultureInfo.InvariantCulture);

    private static string Floor(double? value) =>
        value is { } v ? (Math.Floor(v * 1000) / 1000).ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
