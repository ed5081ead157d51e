using System.Collections.Immutable;
using ProdReady.Reporting.Json;

namespace ProdReady.Tests.Diff;

/// <summary>Two hand-made public reports of one repository: one finding fixed, one new, one kept, and a fingerprint
/// that occurs twice before and once after.</summary>
internal static class SampleDiffReports
{
    public static JsonReport Before() => Report(
        "repos/shop-api@v1",
        58,
        "not-ready",
        [Area("secrets", 40), Area("security", 70), Area("kubernetes", null), Area("ci-cd", 95)],
        [
            Finding("SEC001", "critical", "secrets", "app/settings.py", 12, "API_KEY is hardcoded: sk_li…", "fp-secret"),
            Finding("SCU004", "high", "security", "app/views.py", 40, "Template output bypasses escaping with `| safe` <script>", "fp-safe"),
            Finding("SCU004", "high", "security", "app/views.py", 52, "Template output bypasses escaping with `| safe` <script>", "fp-safe"),
            Finding("CI001", "medium", "ci-cd", null, null, "no CI configuration", "fp-ci"),
        ]);

    public static JsonReport After() => Report(
        "repos/shop-api@v2",
        71,
        "ready-after-fixes",
        [Area("secrets", 100), Area("security", 70), Area("kubernetes", 80), Area("ci-cd", 95)],
        [
            Finding("SCU004", "high", "security", "app/views.py", 44, "Template output bypasses escaping with `| safe` <script>", "fp-safe"),
            Finding("CI001", "medium", "ci-cd", null, null, "no CI configuration", "fp-ci"),
            Finding("K8S001", "low", "kubernetes", "deploy/api.yaml", 7, "container api has no memory limit", "fp-limits"),
        ]);

    private static JsonReport Report(string path, int score, string verdict, ImmutableArray<JsonArea> areas, ImmutableArray<JsonFinding> findings) => new()
    {
        SchemaVersion = "1.0",
        Tool = new JsonTool { Name = "ProdReady", Version = "0.1.0" },
        Target = new JsonTarget { Path = path, Commit = null },
        Verdict = verdict,
        VerdictReason = "hand-made",
        Score = score,
        Counts = Counts(findings),
        Areas = areas,
        Findings = findings,
        Passed = [],
        Skipped = [],
        Roadmap = [],
        Stack = new JsonStack { Languages = [], Frameworks = [], Infrastructure = [] },
        Stats = new JsonStats { Files = 3, Bytes = 100, DurationMs = 5, RulesRun = 4 },
    };

    private static JsonArea Area(string id, int? score) => new()
    {
        Id = id,
        Score = score,
        Counts = new JsonSeverityCounts { Critical = 0, High = 0, Medium = 0, Low = 0, Info = 0 },
        RulesPassed = 0,
        RulesFailed = 0,
    };

    private static JsonSeverityCounts Counts(ImmutableArray<JsonFinding> findings) => new()
    {
        Critical = findings.Count(f => f.Severity == "critical"),
        High = findings.Count(f => f.Severity == "high"),
        Medium = findings.Count(f => f.Severity == "medium"),
        Low = findings.Count(f => f.Severity == "low"),
        Info = findings.Count(f => f.Severity == "info"),
    };

    private static JsonFinding Finding(string rule, string severity, string area, string? file, int? line, string message, string fingerprint) => new()
    {
        RuleId = rule,
        RuleName = rule.ToLowerInvariant(),
        Title = $"{rule} title",
        Severity = severity,
        Area = area,
        Priority = severity is "critical" or "high" ? "P0" : "P1",
        Message = message,
        File = file,
        Line = line,
        Column = line is null ? null : 1,
        Snippet = null,
        Impact = "impact",
        Fix = "fix",
        EffortHours = 1,
        PointsLost = 2.5,
        Fingerprint = fingerprint,
    };
}
