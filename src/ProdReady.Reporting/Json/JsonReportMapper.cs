using System.Collections.Immutable;
using ProdReady.Model;

namespace ProdReady.Reporting.Json;

/// <summary>Copies the model into the public schema types, so a change to the model never changes the schema by accident.</summary>
internal static class JsonReportMapper
{
    public static JsonReport From(AuditReport report) => new()
    {
        SchemaVersion = JsonReportSchema.Version,
        Tool = new JsonTool { Name = report.Tool.Name, Version = report.Tool.Version },
        Target = new JsonTarget { Path = report.Target.Path, Commit = report.Target.Commit },
        Verdict = report.Verdict.Id(),
        VerdictReason = report.VerdictReason,
        Score = report.Score,
        Counts = Counts(report.Counts),
        Areas = [.. report.Areas.OrderBy(a => a.Area).Select(Area)],
        Findings = [.. report.Findings.Select(Finding)],
        Passed = [.. report.Passed.Select(Passed)],
        Skipped = [.. report.Skipped.Select(s => new JsonSkippedFile { File = s.Path, Reason = s.Reason })],
        Roadmap = [.. report.Roadmap.Select(Phase)],
        Stack = new JsonStack
        {
            Languages = Technologies(report.Stack.Languages),
            Frameworks = Technologies(report.Stack.Frameworks),
            Infrastructure = Technologies(report.Stack.Infrastructure),
        },
        Stats = new JsonStats
        {
            Files = report.Stats.Files,
            Bytes = report.Stats.Bytes,
            DurationMs = report.Stats.DurationMs,
            RulesRun = report.Stats.RulesRun,
            SuppressedFindings = report.Suppressed.Length,
            StaleSuppressions = report.StaleSuppressions.Length,
        },
        Errors = report.Errors,
        Suppressed = [.. report.Suppressed.Select(JsonSuppressionMapper.Suppressed)],
        StaleSuppressions = [.. report.StaleSuppressions.Select(JsonSuppressionMapper.Stale)],
    };

    private static JsonSeverityCounts Counts(SeverityCounts counts) => new()
    {
        Critical = counts.Critical,
        High = counts.High,
        Medium = counts.Medium,
        Low = counts.Low,
        Info = counts.Info,
    };

    private static JsonArea Area(AreaResult area) => new()
    {
        Id = area.Area.Id(),
        Score = area.Score,
        Counts = Counts(area.Counts),
        RulesPassed = area.RulesPassed,
        RulesFailed = area.RulesFailed,
    };

    private static JsonFinding Finding(Finding finding) => new()
    {
        RuleId = finding.RuleId.Value,
        RuleName = finding.RuleName,
        Title = finding.Title,
        Severity = finding.Severity.Id(),
        Area = finding.Area.Id(),
        Priority = finding.Priority.Id(),
        Message = finding.Message.Value,
        File = finding.File,
        Line = finding.Line,
        Column = finding.Column,
        Snippet = finding.Snippet?.Value,
        Impact = finding.Impact,
        Fix = finding.Fix,
        EffortHours = ReportText.Round(finding.EffortHours),
        PointsLost = ReportText.Round(finding.PointsLost),
        Fingerprint = finding.Fingerprint,
    };

    private static JsonPassedCheck Passed(PassedCheck check) => new()
    {
        RuleId = check.RuleId.Value,
        Title = check.Title,
        Area = check.Area.Id(),
        Evidence = check.Evidence.Value,
        File = check.File,
        Line = check.Line,
    };

    private static JsonRoadmapPhase Phase(RoadmapPhase phase) => new()
    {
        Priority = phase.Priority.Id(),
        Name = phase.Name,
        EffortHours = ReportText.Round(phase.EffortHours),
        Items = [.. phase.Items.Select(Item)],
    };

    private static JsonRoadmapItem Item(RoadmapItem item) => new()
    {
        RuleId = item.RuleId.Value,
        Title = item.Title,
        Severity = item.Severity.Id(),
        Findings = item.Findings,
        EffortHours = ReportText.Round(item.EffortHours),
        PointsGained = ReportText.Round(item.PointsGained),
    };

    private static ImmutableArray<JsonTechnology> Technologies(ImmutableArray<DetectedTechnology> technologies) =>
        [.. technologies.Select(t => new JsonTechnology { Name = t.Name, Evidence = t.Evidence })];
}
