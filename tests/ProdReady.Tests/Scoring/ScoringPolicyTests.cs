using ProdReady.Engine.Scoring;
using ProdReady.Model;

namespace ProdReady.Tests.Scoring;

public class ScoringPolicyTests
{
    private static readonly RuleId Cfg1 = RuleId.Parse("CFG001");
    private static readonly RuleId Cfg2 = RuleId.Parse("CFG002");
    private static readonly RuleId Sec1 = RuleId.Parse("SEC001");
    private static readonly RuleId Tst1 = RuleId.Parse("TST001");

    [Theory]
    [InlineData(new Severity[0], 0)]
    [InlineData(new[] { Severity.High }, 20)]
    [InlineData(new[] { Severity.High, Severity.High }, 25)]
    [InlineData(new[] { Severity.Critical, Severity.Medium }, 42)]
    [InlineData(new[] { Severity.Low, Severity.Low, Severity.Low, Severity.Low, Severity.Low }, 6)]
    public void Rule_cost_is_the_worst_in_full_plus_a_quarter_of_the_rest_capped_at_twice_the_worst(Severity[] findings, double expected)
    {
        Assert.Equal(expected, ScoringPolicy.RuleCost(findings));
    }

    [Fact]
    public void A_hundred_findings_of_one_rule_cost_no_more_than_twice_one()
    {
        var many = Enumerable.Repeat(Severity.High, 100).ToArray();
        Assert.Equal(40, ScoringPolicy.RuleCost(many));
    }

    [Theory]
    [InlineData(2.0, 1, 2.0)]
    [InlineData(2.0, 3, 3.0)]
    [InlineData(2.0, 50, 6.0)]
    [InlineData(2.0, 0, 0.0)]
    public void Rule_effort_grows_by_a_quarter_per_further_finding_up_to_three_times(double hours, int findings, double expected)
    {
        Assert.Equal(expected, ScoringPolicy.RuleEffort(hours, findings));
    }

    [Fact]
    public void Areas_with_no_applicable_rule_are_not_scored_and_do_not_count()
    {
        var card = ScoringPolicy.Score(
        [
            new ScoredRule(Cfg1, Area.Configuration, true, [Severity.High]),
            new ScoredRule(Cfg2, Area.Configuration, true, []),
            new ScoredRule(Tst1, Area.Testing, false, []),
        ]);

        var configuration = card.Areas.Single(a => a.Area == Area.Configuration);
        Assert.Equal(80, configuration.Score);
        Assert.Equal(1, configuration.RulesPassed);
        Assert.Equal(1, configuration.RulesFailed);
        Assert.Null(card.Areas.Single(a => a.Area == Area.Testing).Score);
        Assert.Null(card.Areas.Single(a => a.Area == Area.Kubernetes).Score);
        Assert.Equal(80, card.Rounded);
    }

    [Fact]
    public void Overall_is_the_area_weighted_mean_with_weights_grown_by_points_lost()
    {
        // secrets weighs 3, lost 40 points, so weighs 3 × (1 + 40/50) = 5.4; testing weighs 2 and lost nothing:
        // (60 × 5.4 + 100 × 2) / 7.4 = 70.8.
        var card = ScoringPolicy.Score(
        [
            new ScoredRule(Sec1, Area.Secrets, true, [Severity.Critical]),
            new ScoredRule(Tst1, Area.Testing, true, []),
        ]);

        Assert.Equal(71, card.Rounded);
    }

    [Fact]
    public void One_failing_area_is_not_hidden_by_areas_that_pass()
    {
        // infrastructure at 0 weighs 2 × 3 = 6 against secrets' 3 and configuration's 2 at 100: 500 / 11 = 45.5;
        // a plain weighted mean would say 83.
        var card = ScoringPolicy.Score(
        [
            new ScoredRule(Sec1, Area.Secrets, true, []),
            new ScoredRule(Cfg1, Area.Configuration, true, []),
            new ScoredRule(RuleId.Parse("IAC001"), Area.Infrastructure, true, [Severity.Critical, Severity.Critical]),
            new ScoredRule(RuleId.Parse("IAC002"), Area.Infrastructure, true, [Severity.Critical, Severity.Critical]),
        ]);

        Assert.Equal(0, card.Areas.Single(a => a.Area == Area.Infrastructure).Score);
        Assert.Equal(45, card.Rounded);
    }

    [Theory]
    [InlineData(Area.Secrets, 100, 3.0)]
    [InlineData(Area.Security, 50, 6.0)]
    [InlineData(Area.Kubernetes, 0, 6.0)]
    [InlineData(Area.CiCd, 75, 1.5)]
    public void An_areas_weight_grows_by_its_base_weight_for_every_fifty_points_lost(Area area, double score, double expected)
    {
        Assert.Equal(expected, ScoringPolicy.EffectiveWeight(area, score), 6);
    }

    [Fact]
    public void An_area_never_scores_below_zero()
    {
        var card = ScoringPolicy.Score(
        [
            new ScoredRule(Cfg1, Area.Configuration, true, [Severity.Critical, Severity.Critical]),
            new ScoredRule(Cfg2, Area.Configuration, true, [Severity.Critical, Severity.Critical]),
        ]);

        Assert.Equal(0, card.Areas.Single(a => a.Area == Area.Configuration).Score);
    }

    [Fact]
    public void Nothing_applicable_scores_one_hundred()
    {
        Assert.Equal(100, ScoringPolicy.Score([]).Rounded);
    }

    [Theory]
    [InlineData(Severity.Critical, Priority.P0)]
    [InlineData(Severity.High, Priority.P0)]
    [InlineData(Severity.Medium, Priority.P1)]
    [InlineData(Severity.Low, Priority.P2)]
    [InlineData(Severity.Info, Priority.P2)]
    public void Priority_follows_severity(Severity severity, Priority expected)
    {
        Assert.Equal(expected, ScoringPolicy.PriorityOf(severity));
    }

    [Fact]
    public void Any_critical_finding_means_not_ready_and_names_it()
    {
        var (verdict, reason) = ScoringPolicy.Verdict(90, [Finding(Severity.Critical, "config.py", 22), Finding(Severity.Low, null, null)]);
        Assert.Equal(Verdict.NotReady, verdict);
        Assert.Equal("Not ready: 1 critical finding must be fixed before production (CFG001 at config.py:22).", reason);
    }

    [Fact]
    public void High_findings_without_criticals_mean_ready_after_fixes()
    {
        var (verdict, reason) = ScoringPolicy.Verdict(85, [Finding(Severity.High, null, null), Finding(Severity.High, "a.py", 3)]);
        Assert.Equal(Verdict.ReadyAfterFixes, verdict);
        Assert.Equal("Ready after fixes: no critical findings, but 2 high-severity findings must be fixed first (CFG001 Title, CFG001 at a.py:3).", reason);
    }

    [Theory]
    [InlineData(49, Verdict.NotReady)]
    [InlineData(50, Verdict.ReadyAfterFixes)]
    [InlineData(79, Verdict.ReadyAfterFixes)]
    [InlineData(80, Verdict.Ready)]
    public void Without_critical_or_high_findings_the_score_decides(int score, Verdict expected)
    {
        Assert.Equal(expected, ScoringPolicy.Verdict(score, [Finding(Severity.Medium, "a.py", 1)]).Verdict);
    }

    [Theory]
    [InlineData(1, "Ready: no critical or high findings and a score of 95; 1 lower-severity finding remains.")]
    [InlineData(2, "Ready: no critical or high findings and a score of 95; 2 lower-severity findings remain.")]
    public void The_ready_sentence_agrees_in_number(int count, string expected)
    {
        var findings = Enumerable.Range(1, count).Select(i => Finding(Severity.Low, "a.py", i)).ToList();
        Assert.Equal(expected, ScoringPolicy.Verdict(95, findings).Reason);
    }

    private static Finding Finding(Severity severity, string? file, int? line) => new()
    {
        RuleId = Cfg1,
        RuleName = "name",
        Title = "Title",
        Severity = severity,
        Area = Area.Configuration,
        Priority = ScoringPolicy.PriorityOf(severity),
        Message = Redactor.Trusted("message"),
        File = file,
        Line = line,
        Impact = "impact",
        Fix = "fix",
        EffortHours = 1,
        Fingerprint = "0000000000000000",
    };
}
