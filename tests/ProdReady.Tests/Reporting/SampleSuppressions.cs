using ProdReady.Model;

namespace ProdReady.Tests.Reporting;

/// <summary>The hand-made report with suppressed findings of every source, stale suppressions, skipped files and a
/// failed rule: the parts only some audits have.</summary>
internal static class SampleSuppressions
{
    public static AuditReport Create()
    {
        var report = SampleReport.Create();
        var template = report.Findings[1];
        var runbook = report.Findings[2];
        var workflow = report.Findings[3];
        return report with
        {
            Findings = [report.Findings[0]],
            Suppressed =
            [
                new SuppressedFinding { Finding = template, Source = SuppressionSource.Inline, Reason = "body is sanitised by bleach upstream", Expires = new DateOnly(2026, 12, 31) },
                new SuppressedFinding { Finding = runbook, Source = SuppressionSource.Config, Reason = "runbook lives in the ops wiki" },
                new SuppressedFinding { Finding = workflow, Source = SuppressionSource.Baseline, Reason = "in baseline .prodready-baseline.json" },
            ],
            StaleSuppressions =
            [
                new StaleSuppression { Source = SuppressionSource.Inline, Rule = "CFG001", File = "app/main.py", Line = 3, Reason = "matches no finding" },
                new StaleSuppression { Source = SuppressionSource.Baseline, Rule = "SEC002", Reason = "baseline entry 1a2b3c matches no finding" },
            ],
            Errors = ["rule DB004 failed: InvalidOperationException: sequence contains no elements"],
        };
    }

    /// <summary>A repository with nothing to report: no findings, nothing passed, skipped or suppressed.</summary>
    public static AuditReport Empty() => SampleReport.Create() with
    {
        Verdict = Verdict.Ready,
        VerdictReason = "No findings.",
        Score = 100,
        Areas = [],
        Findings = [],
        Passed = [],
        Skipped = [],
        Roadmap = [],
        Stack = StackSummary.Empty,
    };
}
