using ProdReady.Reporting.Diff;
using ProdReady.Reporting.Json;
using ProdReady.Tests.Fixtures;

namespace ProdReady.Tests.Diff;

public class ReportDifferTests
{
    [Fact]
    public void Findings_are_matched_by_fingerprint_and_by_count()
    {
        var diff = ReportDiffer.Compare(SampleDiffReports.Before(), SampleDiffReports.After());

        Assert.Equal(["SEC001:fp-secret", "SCU004:fp-safe"], diff.Resolved.Select(f => $"{f.RuleId}:{f.Fingerprint}"));
        Assert.Equal(["K8S001:fp-limits"], diff.Introduced.Select(f => $"{f.RuleId}:{f.Fingerprint}"));
        Assert.Equal(["SCU004:fp-safe", "CI001:fp-ci"], diff.Persisting.Select(f => $"{f.RuleId}:{f.Fingerprint}"));
        Assert.Equal(52, diff.Resolved[1].Line);
        Assert.Equal(44, diff.Persisting[0].Line);
    }

    [Fact]
    public void Scores_verdicts_and_counts_are_reported_before_and_after()
    {
        var diff = ReportDiffer.Compare(SampleDiffReports.Before(), SampleDiffReports.After());

        Assert.Equal((58, 71), (diff.ScoreBefore, diff.ScoreAfter));
        Assert.Equal(("not-ready", "ready-after-fixes"), (diff.VerdictBefore, diff.VerdictAfter));
        Assert.Equal((1, 2, 1, 0), (diff.CountsBefore.Critical, diff.CountsBefore.High, diff.CountsBefore.Medium, diff.CountsBefore.Low));
        Assert.Equal((0, 1, 1, 1), (diff.CountsAfter.Critical, diff.CountsAfter.High, diff.CountsAfter.Medium, diff.CountsAfter.Low));
    }

    [Fact]
    public void An_area_that_did_not_apply_has_no_delta()
    {
        var diff = ReportDiffer.Compare(SampleDiffReports.Before(), SampleDiffReports.After());

        Assert.Equal(
            ["secrets 40 100 60", "security 70 70 0", "kubernetes - 80 -", "ci-cd 95 95 0"],
            diff.Areas.Select(a => $"{a.Id} {a.ScoreBefore?.ToString() ?? "-"} {a.ScoreAfter?.ToString() ?? "-"} {a.Delta?.ToString() ?? "-"}"));
    }

    [Fact]
    public void A_report_compared_with_itself_has_only_persisting_findings()
    {
        var report = SampleDiffReports.Before();

        var diff = ReportDiffer.Compare(report, report);

        Assert.Empty(diff.Resolved);
        Assert.Empty(diff.Introduced);
        Assert.Equal(4, diff.Persisting.Length);
    }

    [Fact]
    public void The_fixed_fixture_resolves_every_finding_of_the_original()
    {
        var before = RoundTrip(FixtureAudit.Run("fastapi-predictive-maintenance"));
        var after = RoundTrip(FixtureAudit.Run("fastapi-predictive-maintenance-fixed"));

        var diff = ReportDiffer.Compare(before, after);

        Assert.Equal((57, 100), (diff.ScoreBefore, diff.ScoreAfter));
        Assert.Equal(("not-ready", "ready"), (diff.VerdictBefore, diff.VerdictAfter));
        Assert.Equal(before.Findings.Length, diff.Resolved.Length);
        Assert.Equal(57, diff.Resolved.Length);
        Assert.Empty(diff.Introduced);
        Assert.Empty(diff.Persisting);
        Assert.Equal(16, diff.Resolved.Count(f => f.RuleId == "OBS001"));
        Assert.Equal(72, diff.Areas.Single(a => a.Id == "configuration").Delta);
        Assert.Null(diff.Areas.Single(a => a.Id == "kubernetes").Delta);
    }

    [Fact]
    public void Reversing_the_fixture_audits_introduces_what_the_fix_resolved()
    {
        var original = RoundTrip(FixtureAudit.Run("fastapi-predictive-maintenance"));
        var fixedUp = RoundTrip(FixtureAudit.Run("fastapi-predictive-maintenance-fixed"));

        var diff = ReportDiffer.Compare(fixedUp, original);

        Assert.Equal(original.Findings.Length, diff.Introduced.Length);
        Assert.Empty(diff.Resolved);
        Assert.Equal(-43, diff.ScoreAfter - diff.ScoreBefore);
    }

    private static JsonReport RoundTrip(Model.AuditReport report)
    {
        var writer = new StringWriter();
        new JsonReportWriter().Write(report, writer, new ProdReady.Reporting.WriterOptions());
        return DiffReportReader.Read(writer.ToString());
    }
}
