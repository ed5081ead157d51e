using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Scoring;
using ProdReady.Engine.Suppressions;
using ProdReady.Model;

namespace ProdReady.Engine.Auditing;

/// <summary>Assembles the finished report from evaluated rules: findings, scores, verdict, good practices, roadmap.</summary>
public static class ReportBuilder
{
    public static AuditReport Build(RepositoryFacts facts, ImmutableArray<RuleResult> results, RuleOptions options, ToolInfo tool, long durationMs, SuppressionOptions? suppressions = null)
    {
        var repository = facts.Repository;

        // Fingerprints are settled over every finding first, so suppressing one never renumbers another.
        var all = Disambiguate(Sort(results.SelectMany(r => BuildFindings(r, repository, options))));
        var split = Suppressor.Apply(all, repository, suppressions ?? SuppressionOptions.Default);
        var kept = split.Kept.ToLookup(f => f.RuleId);
        var perRule = results.Select(r => (Result: r, Findings: kept[r.Descriptor.Id].ToList())).ToList();
        var scored = perRule.Select(p => new ScoredRule(p.Result.Descriptor.Id, p.Result.Descriptor.Area, p.Result.Outcome is not RuleOutcome.NotApplicable, [.. p.Findings.Select(f => f.Severity)])).ToList();
        var card = ScoringPolicy.Score(scored);
        var findings = Sort(perRule.SelectMany(p => WithPoints(p.Findings)));
        var (verdict, reason) = ScoringPolicy.Verdict(card.Rounded, findings);
        return new AuditReport
        {
            Tool = tool,
            Target = new TargetInfo(repository.Root, repository.Commit),
            Verdict = verdict,
            VerdictReason = reason,
            Score = card.Rounded,
            Areas = [.. card.Areas.Select(a => AreaResult(a, findings))],
            Findings = [.. findings],
            Passed = [.. PassedChecks(results)],
            Skipped = [.. repository.Skipped.Concat(facts.Unparsed).Concat(facts.Documents.Skipped.Where(d => !facts.IsUnparsed(d.Path)))
                .Concat(facts.Infrastructure.Skipped.Where(d => !facts.IsUnparsed(d.Path)))
                .OrderBy(s => s.Path, StringComparer.Ordinal)],
            Roadmap = Roadmap.Build(perRule.Select(p => (p.Result.Descriptor, (IReadOnlyList<Finding>)p.Findings)).ToList(), scored, card),
            Stack = Stack(facts),
            Stats = new AuditStats(repository.Files.Length, repository.Bytes, durationMs, results.Count(r => r.Outcome is not RuleOutcome.NotApplicable)),
            Rules = [.. results.Select(r => RuleInfo(r.Descriptor)).OrderBy(r => r.Id.Value, StringComparer.Ordinal)],
            Suppressed = split.Suppressed,
            StaleSuppressions = split.Stale,
        };
    }

    private static RuleInfo RuleInfo(RuleDescriptor d) => new()
    {
        Id = d.Id,
        Name = d.Name,
        Title = d.Title,
        Area = d.Area,
        Severity = d.Severity,
        Rationale = d.Rationale,
        Fix = d.Fix,
        EffortHours = d.EffortHours,
        References = d.References,
    };

    private static List<Finding> BuildFindings(RuleResult result, Files.Repository repository, RuleOptions options)
    {
        if (result.Outcome is not RuleOutcome.Failed failed)
        {
            return [];
        }

        Severity? severityOverride = options.SeverityOverrides.TryGetValue(result.Descriptor.Id, out var s) ? s : null;
        return [.. failed.Violations.Select(v => FindingFactory.Create(result.Descriptor, v, repository, severityOverride))];
    }

    private static IEnumerable<Finding> WithPoints(List<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return findings;
        }

        var share = ScoringPolicy.RuleCost([.. findings.Select(f => f.Severity)]) / findings.Count;
        return findings.Select(f => f with { PointsLost = Math.Round(share, 1) });
    }

    public static List<Finding> Sort(IEnumerable<Finding> findings) =>
    [
        .. findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Area)
            .ThenBy(f => f.File ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.Line ?? 0)
            .ThenBy(f => f.Column ?? 0)
            .ThenBy(f => f.RuleId.Value, StringComparer.Ordinal)
            .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
            .ThenBy(f => f.Message.Value, StringComparer.Ordinal),
    ];

    private static List<Finding> Disambiguate(List<Finding> sorted)
    {
        var unique = Fingerprints.Disambiguate([.. sorted.Select(f => f.Fingerprint)]);
        return [.. sorted.Select((f, i) => f with { Fingerprint = unique[i] })];
    }

    private static AreaResult AreaResult(AreaScore score, List<Finding> findings)
    {
        int? rounded = score.Score is { } value ? (int)Math.Round(value, MidpointRounding.AwayFromZero) : null;
        return new AreaResult(score.Area, rounded, SeverityCounts.Of(findings.Where(f => f.Area == score.Area)), score.RulesPassed, score.RulesFailed);
    }

    private static IEnumerable<PassedCheck> PassedChecks(ImmutableArray<RuleResult> results) =>
        results
            .Where(r => r.Outcome is RuleOutcome.Passed { Evidence.IsEmpty: false })
            .Select(r =>
            {
                var evidence = ((RuleOutcome.Passed)r.Outcome).Evidence;
                var first = evidence.FirstOrDefault(e => e.Location is not null) ?? evidence[0];
                return new PassedCheck
                {
                    RuleId = r.Descriptor.Id,
                    Title = r.Descriptor.Title,
                    Area = r.Descriptor.Area,
                    Evidence = Redactor.Text(string.Join("; ", evidence.Select(e => e.Text).Distinct())),
                    File = first.Location?.File,
                    Line = first.Location?.Line,
                };
            })
            .OrderBy(p => p.Area)
            .ThenBy(p => p.RuleId.Value, StringComparer.Ordinal);

    private static StackSummary Stack(RepositoryFacts facts)
    {
        static ImmutableArray<DetectedTechnology> Of(RepositoryFacts facts, Func<Technology, bool> kind) =>
            [.. facts.Technologies.Where(t => kind(t.Technology)).OrderBy(t => t.Technology).Select(t => new DetectedTechnology(TechnologyNames.Display(t.Technology), t.Evidence))];

        return new StackSummary(
            Of(facts, TechnologyNames.IsLanguage),
            Of(facts, t => !TechnologyNames.IsLanguage(t) && !TechnologyNames.IsInfrastructure(t)),
            Of(facts, TechnologyNames.IsInfrastructure));
    }
}
