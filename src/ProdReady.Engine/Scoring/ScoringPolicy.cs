using System.Collections.Immutable;
using ProdReady.Model;

namespace ProdReady.Engine.Scoring;

/// <summary>
/// The one place where outcomes become numbers. Documented in docs/scoring.md; change both together.
/// A finding costs its area points by severity; a rule's cost is capped so one noisy rule cannot drown the rest;
/// an area scores 100 minus its rules' costs; the overall score is the weighted mean of the areas that apply, where an
/// area weighs more the more points it lost, so one failing area cannot hide behind many that pass.
/// </summary>
public static class ScoringPolicy
{
    public const double FurtherFindingShare = 0.25;
    public const double RuleCapMultiple = 2.0;
    public const double EffortCapMultiple = 3.0;
    public const int ReadyThreshold = 80;
    public const int NotReadyThreshold = 50;

    /// <summary>An area's weight grows by its base weight for every this many points it lost: an area at 0 counts
    /// three times.</summary>
    public const double PointsPerExtraWeight = 50;

    public static double Weight(Severity severity) => severity switch
    {
        Severity.Critical => 40,
        Severity.High => 20,
        Severity.Medium => 8,
        Severity.Low => 3,
        _ => 0,
    };

    public static double AreaWeight(Area area) => area switch
    {
        Area.Secrets or Area.Security => 3,
        Area.CiCd or Area.Documentation => 1,
        _ => 2,
    };

    /// <summary>The weight an area carries in the overall score: its base weight, grown by the points it lost.</summary>
    public static double EffectiveWeight(Area area, double score) => AreaWeight(area) * (1 + ((100 - score) / PointsPerExtraWeight));

    public static Priority PriorityOf(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => Priority.P0,
        Severity.Medium => Priority.P1,
        _ => Priority.P2,
    };

    /// <summary>What all findings of one rule cost their area: the most severe in full, each further one a
    /// quarter of its weight, capped at twice the most severe weight.</summary>
    public static double RuleCost(IReadOnlyCollection<Severity> findings)
    {
        if (findings.Count == 0)
        {
            return 0;
        }

        var ordered = findings.Select(Weight).OrderByDescending(w => w).ToArray();
        var cost = ordered[0] + ordered.Skip(1).Sum(w => w * FurtherFindingShare);
        return Math.Min(cost, ordered[0] * RuleCapMultiple);
    }

    /// <summary>Fixing several findings of one rule is mostly one change: the rule's effort plus a quarter for each
    /// further finding, capped at three times the rule's effort.</summary>
    public static double RuleEffort(double ruleEffortHours, int findings) =>
        findings == 0 ? 0 : Math.Min(ruleEffortHours * (1 + (FurtherFindingShare * (findings - 1))), ruleEffortHours * EffortCapMultiple);

    public static ScoreCard Score(IReadOnlyList<ScoredRule> rules)
    {
        var areas = Enum.GetValues<Area>().Select(area => ScoreArea(area, rules.Where(r => r.Area == area).ToList())).ToImmutableArray();
        var overall = Overall(areas);
        return new ScoreCard(areas, overall);
    }

    public static (Verdict Verdict, string Reason) Verdict(int score, IReadOnlyList<Finding> findings)
    {
        var critical = findings.Where(f => f.Severity == Severity.Critical).ToList();
        var high = findings.Where(f => f.Severity == Severity.High).ToList();
        if (critical.Count > 0)
        {
            return (Model.Verdict.NotReady, $"Not ready: {Count(critical.Count, "critical finding")} must be fixed before production ({Examples(critical)}).");
        }

        if (score < NotReadyThreshold)
        {
            return (Model.Verdict.NotReady, $"Not ready: the score is {score}, below {NotReadyThreshold}; {Count(findings.Count, "finding")} to work through.");
        }

        if (high.Count > 0)
        {
            return (Model.Verdict.ReadyAfterFixes, $"Ready after fixes: no critical findings, but {Count(high.Count, "high-severity finding")} must be fixed first ({Examples(high)}).");
        }

        if (score < ReadyThreshold)
        {
            return (Model.Verdict.ReadyAfterFixes, $"Ready after fixes: no critical or high findings, but the score is {score}, below {ReadyThreshold}.");
        }

        return (Model.Verdict.Ready, findings.Count == 0
            ? $"Ready: no findings, score {score}."
            : $"Ready: no critical or high findings and a score of {score}; {Count(findings.Count, "lower-severity finding")} {(findings.Count == 1 ? "remains" : "remain")}.");
    }

    private static AreaScore ScoreArea(Area area, List<ScoredRule> rules)
    {
        var applicable = rules.Where(r => r.Applicable).ToList();
        if (applicable.Count == 0)
        {
            return new AreaScore(area, null, 0, 0, 0);
        }

        var lost = applicable.Sum(r => RuleCost(r.Findings));
        var score = Math.Max(0, 100 - lost);
        return new AreaScore(area, score, lost, applicable.Count(r => r.Findings.Count == 0), applicable.Count(r => r.Findings.Count > 0));
    }

    private static double Overall(ImmutableArray<AreaScore> areas)
    {
        var scored = areas.Where(a => a.Score is not null).ToList();
        if (scored.Count == 0)
        {
            return 100;
        }

        var weights = scored.Select(a => EffectiveWeight(a.Area, a.Score!.Value)).ToList();
        return scored.Select((a, i) => a.Score!.Value * weights[i]).Sum() / weights.Sum();
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Examples(List<Finding> findings)
    {
        var shown = findings.Take(3).Select(f => f.File is null ? $"{f.RuleId} {f.Title}" : $"{f.RuleId} at {f.File}:{f.Line}");
        var more = findings.Count > 3 ? $", and {findings.Count - 3} more" : string.Empty;
        return string.Join(", ", shown) + more;
    }
}
