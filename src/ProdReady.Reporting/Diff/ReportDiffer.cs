using System.Collections.Immutable;
using ProdReady.Reporting.Json;

namespace ProdReady.Reporting.Diff;

/// <summary>Compares two public JSON reports finding by finding, matched on fingerprint.</summary>
public static class ReportDiffer
{
    public const string SchemaVersion = "1.0";

    public static ReportDiff Compare(JsonReport before, JsonReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        // A fingerprint can occur several times (the same line copied into two places of one file); each occurrence
        // in the later audit consumes one in the earlier, so three before and two after is one resolved.
        var unmatched = before.Findings.GroupBy(f => f.Fingerprint, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var introduced = ImmutableArray.CreateBuilder<JsonFinding>();
        var persisting = ImmutableArray.CreateBuilder<JsonFinding>();
        foreach (var finding in after.Findings)
        {
            if (unmatched.TryGetValue(finding.Fingerprint, out var left) && left > 0)
            {
                unmatched[finding.Fingerprint] = left - 1;
                persisting.Add(finding);
            }
            else
            {
                introduced.Add(finding);
            }
        }

        var resolved = ImmutableArray.CreateBuilder<JsonFinding>();
        foreach (var finding in before.Findings.Reverse())
        {
            if (unmatched[finding.Fingerprint] > 0)
            {
                unmatched[finding.Fingerprint]--;
                resolved.Add(finding);
            }
        }

        resolved.Reverse();
        return new ReportDiff
        {
            SchemaVersion = SchemaVersion,
            TargetBefore = before.Target.Path,
            TargetAfter = after.Target.Path,
            ScoreBefore = before.Score,
            ScoreAfter = after.Score,
            VerdictBefore = before.Verdict,
            VerdictAfter = after.Verdict,
            CountsBefore = before.Counts,
            CountsAfter = after.Counts,
            Areas = Areas(before.Areas, after.Areas),
            Resolved = resolved.ToImmutable(),
            Introduced = introduced.ToImmutable(),
            Persisting = persisting.ToImmutable(),
        };
    }

    private static ImmutableArray<DiffArea> Areas(ImmutableArray<JsonArea> before, ImmutableArray<JsonArea> after)
    {
        var scoresBefore = before.ToDictionary(a => a.Id, a => a.Score, StringComparer.Ordinal);
        var scoresAfter = after.ToDictionary(a => a.Id, a => a.Score, StringComparer.Ordinal);
        var ids = after.Select(a => a.Id).Concat(before.Select(a => a.Id)).Distinct(StringComparer.Ordinal);
        return [.. ids.Select(id =>
        {
            var old = scoresBefore.GetValueOrDefault(id);
            var current = scoresAfter.GetValueOrDefault(id);
            return new DiffArea { Id = id, ScoreBefore = old, ScoreAfter = current, Delta = current - old };
        })];
    }
}
