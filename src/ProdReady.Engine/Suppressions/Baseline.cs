using System.Collections.Immutable;
using System.Text;
using ProdReady.Model;

namespace ProdReady.Engine.Suppressions;

/// <summary>
/// A baseline file: one finding per line, <c>FINGERPRINT RULE-ID PATH</c>, sorted, with no line numbers and no
/// timestamps, so baselines taken on two branches merge like any sorted list. The format is three words on a line,
/// which needs no library to read or write.
/// </summary>
public static class Baseline
{
    public const string RepositoryLevel = "(repository)";

    private const string Header = "# ProdReady baseline: findings accepted for now, one per line (fingerprint rule path). Regenerate with 'prodready baseline'.";

    public static string Write(IEnumerable<Finding> findings)
    {
        var lines = findings
            .Select(f => new BaselineEntry(f.Fingerprint, f.RuleId.Value, f.File))
            .OrderBy(e => e.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .Select(e => $"{e.Fingerprint} {e.RuleId} {e.File ?? RepositoryLevel}")
            .Distinct(StringComparer.Ordinal);
        var builder = new StringBuilder();
        builder.Append(Header).Append('\n');
        foreach (var line in lines)
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }

    /// <exception cref="FormatException">A line is not <c>FINGERPRINT RULE-ID PATH</c>; the message names the line.</exception>
    public static ImmutableArray<BaselineEntry> Parse(string text)
    {
        var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || !parts[0].All(c => char.IsAsciiHexDigitLower(c) || c == ':' || char.IsAsciiDigit(c)) || !RuleId.TryParse(parts[1], out _))
            {
                throw new FormatException($"line {i + 1} is not 'FINGERPRINT RULE-ID PATH'");
            }

            entries.Add(new BaselineEntry(parts[0], parts[1].ToUpperInvariant(), parts[2] == RepositoryLevel ? null : parts[2]));
        }

        return entries.ToImmutable();
    }
}
