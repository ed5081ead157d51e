using System.Collections.Immutable;
using ProdReady.Model;

namespace ProdReady.Tests.Reporting;

/// <summary>A hand-made report exercising every part a writer shows, including text that tries to inject markup.</summary>
internal static class SampleReport
{
    public static AuditReport Create()
    {
        ImmutableArray<Finding> findings = [HardcodedSecret(), UnsafeTemplate(), RunbookMissing(), WorkflowPermissions()];
        return new AuditReport
        {
            Tool = new ToolInfo("ProdReady", "0.1.0"),
            Target = new TargetInfo("/repos/shop-api", "3f2c9a1e"),
            Verdict = Verdict.NotReady,
            VerdictReason = "2 findings block production: SEC001 (critical) and SCU004 (high).",
            Score = 58,
            Areas =
            [
                Area(Model.Area.Secrets, 40, findings, passed: 1, failed: 1),
                Area(Model.Area.Configuration, 100, findings, passed: 2, failed: 0),
                Area(Model.Area.Security, 70, findings, passed: 0, failed: 1),
                Area(Model.Area.Containers, 100, findings, passed: 1, failed: 0),
                Area(Model.Area.Kubernetes, null, findings, passed: 0, failed: 0),
                Area(Model.Area.CiCd, 95, findings, passed: 0, failed: 1),
                Area(Model.Area.Documentation, 80, findings, passed: 0, failed: 1),
            ],
            Findings = findings,
            Passed =
            [
                new PassedCheck
                {
                    RuleId = RuleId.Parse("CTR001"),
                    Title = "Container runs as a non-root user",
                    Area = Model.Area.Containers,
                    Evidence = Redactor.Text("USER app in the final stage"),
                    File = "Dockerfile",
                    Line = 18,
                },
                new PassedCheck
                {
                    RuleId = RuleId.Parse("SEC003"),
                    Title = "No .env file committed",
                    Area = Model.Area.Secrets,
                    Evidence = Redactor.Trusted("no .env file outside examples (searched 42 files)"),
                },
            ],
            Skipped = [new SkippedFile("assets/logo.png", "binary file"), new SkippedFile("vendor/app|v2.min.js", "larger than 1 MB")],
            Roadmap =
            [
                new RoadmapPhase(Priority.P0, "Must fix before production",
                [
                    new RoadmapItem(RuleId.Parse("SEC001"), "Hardcoded secret in source", Severity.Critical, 1, 0.5, 20),
                    new RoadmapItem(RuleId.Parse("SCU004"), "Template output bypasses escaping with `| safe`", Severity.High, 1, 2, 25.0 / 3),
                ]),
                new RoadmapPhase(Priority.P1, "Should fix",
                [
                    new RoadmapItem(RuleId.Parse("DOC002"), "No runbook", Severity.Medium, 1, 3, 5),
                ]),
                new RoadmapPhase(Priority.P2, "Nice to have",
                [
                    new RoadmapItem(RuleId.Parse("CI003"), "Workflow token has default permissions", Severity.Low, 1, 0.25, 1.25),
                ]),
            ],
            Stack = new StackSummary(
                [new DetectedTechnology("Python", "pyproject.toml"), new DetectedTechnology("JavaScript", "package.json")],
                [new DetectedTechnology("Django", "requirements.txt")],
                [new DetectedTechnology("Docker", "Dockerfile"), new DetectedTechnology("GitHub Actions", ".github/workflows/ci.yml")]),
            Stats = new AuditStats(42, 183_500, 1234, 57),
        };
    }

    private static AreaResult Area(Area area, int? score, IEnumerable<Finding> findings, int passed, int failed) =>
        new(area, score, SeverityCounts.Of(findings.Where(f => f.Area == area)), passed, failed);

    private static Finding HardcodedSecret() => new()
    {
        RuleId = RuleId.Parse("SEC001"),
        RuleName = "hardcoded-secret",
        Title = "Hardcoded secret in source",
        Severity = Severity.Critical,
        Area = Model.Area.Secrets,
        Priority = Priority.P0,
        Message = Redactor.Text("SECRET_KEY is assigned a literal value in app/settings.py"),
        File = "app/settings.py",
        Line = 12,
        Column = 1,
        Snippet = Redactor.Snippet("SECRET_KEY = \"django-insecure-x8k2m9q\"  # `dev` only | <b>todo</b>", [new TextSpan(14, 23)]),
        Impact = "Anyone with read access to the repository can forge sessions and signed tokens.",
        Fix = "Read SECRET_KEY from the environment and rotate the leaked value.",
        EffortHours = 0.5,
        Fingerprint = "sec001-5f0c2a9d",
        PointsLost = 20,
    };

    private static Finding UnsafeTemplate() => new()
    {
        RuleId = RuleId.Parse("SCU004"),
        RuleName = "template-escaping-disabled",
        Title = "Template output bypasses escaping with `| safe`",
        Severity = Severity.High,
        Area = Model.Area.Security,
        Priority = Priority.P0,
        Message = Redactor.Text("comment.body is rendered with | safe"),
        File = "web/templates/comment.html",
        Line = 7,
        Column = 5,
        Snippet = Redactor.Snippet("<div>{{ comment.body | safe }}</div>\n<script>render(```raw```)</script>"),
        Impact = "A user can store <script> tags that run in other users' browsers.",
        Fix = "Remove | safe and sanitise rich text with an allow-list such as bleach.",
        EffortHours = 2,
        Fingerprint = "scu004-0b71e4c3",
        PointsLost = 25.0 / 3,
    };

    private static Finding RunbookMissing() => new()
    {
        RuleId = RuleId.Parse("DOC002"),
        RuleName = "runbook-missing",
        Title = "No runbook",
        Severity = Severity.Medium,
        Area = Model.Area.Documentation,
        Priority = Priority.P1,
        Message = Redactor.Trusted("No runbook found; searched docs/, README.md and *.md at the root."),
        Impact = "On-call engineers have no written steps for restarts, rollbacks or incidents.",
        Fix = "Add docs/runbook.md covering deploy, rollback, restart and where the logs are.",
        EffortHours = 3,
        Fingerprint = "doc002-repository",
        PointsLost = 5,
    };

    private static Finding WorkflowPermissions() => new()
    {
        RuleId = RuleId.Parse("CI003"),
        RuleName = "workflow-default-permissions",
        Title = "Workflow token has default permissions",
        Severity = Severity.Low,
        Area = Model.Area.CiCd,
        Priority = Priority.P2,
        Message = Redactor.Text("ci.yml sets no permissions block"),
        File = ".github/workflows/ci.yml",
        Line = 1,
        Column = 1,
        Snippet = Redactor.Snippet("name: ci"),
        Impact = "A compromised step gets a token that can write to the repository.",
        Fix = "Add `permissions: contents: read` at the top of the workflow.",
        EffortHours = 0.25,
        Fingerprint = "ci003-9a4d1b27",
        PointsLost = 1.25,
    };
}
