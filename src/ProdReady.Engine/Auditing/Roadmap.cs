using System.Collections.Immutable;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Scoring;
using ProdReady.Model;

namespace ProdReady.Engine.Auditing;

/// <summary>Fixes grouped by priority, each rule's fixes as one item, ordered by overall score gained per hour.</summary>
public static class Roadmap
{
    public static ImmutableArray<RoadmapPhase> Build(IReadOnlyList<(RuleDescriptor Descriptor, IReadOnlyList<Finding> Findings)> rules, IReadOnlyList<ScoredRule> scored, ScoreCard card)
    {
        var items = rules
            .Where(r => r.Findings.Count > 0)
            .Select(r =>
            {
                var without = scored.Select(s => s.RuleId == r.Descriptor.Id ? s with { Findings = [] } : s).ToList();
                var gained = ScoringPolicy.Score(without).Overall - card.Overall;
                var worst = r.Findings.Max(f => f.Severity);
                var item = new RoadmapItem(r.Descriptor.Id, r.Descriptor.Title, worst, r.Findings.Count, ScoringPolicy.RuleEffort(r.Descriptor.EffortHours, r.Findings.Count), Math.Round(gained, 1));
                return (Priority: ScoringPolicy.PriorityOf(worst), Item: item);
            })
            .ToList();

        return
        [
            .. Enum.GetValues<Priority>()
                .Select(p => new RoadmapPhase(p, PhaseName(p), [.. items.Where(i => i.Priority == p).Select(i => i.Item)
                    .OrderByDescending(i => i.PointsPerHour)
                    .ThenByDescending(i => i.Severity)
                    .ThenBy(i => i.RuleId.Value, StringComparer.Ordinal)]))
                .Where(phase => !phase.Items.IsEmpty),
        ];
    }

    public static string PhaseName(Priority priority) => priority switch
    {
        Priority.P0 => "Must fix before production",
        Priority.P1 => "Should fix",
        _ => "Nice to have",
    };
}
