using System.Collections.Immutable;
using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Tests.Engine;

public class RuleEvaluatorTests
{
    [Fact]
    public void A_rule_that_throws_makes_the_audit_incomplete_and_the_others_still_run()
    {
        var repository = Repository.FromFiles([KeyValuePair.Create("app.py", "print('hi')\n")]);
        var auditor = new Auditor([new Throwing(), new AlwaysAbsent()], ToolIdentity.Current);

        var report = auditor.Audit(repository, RuleOptions.Default);

        Assert.Equal("rule TST998 failed: InvalidOperationException: reader exploded", Assert.Single(report.Errors));
        Assert.Equal("TST999", Assert.Single(report.Findings).RuleId.Value);
        Assert.Equal(ExitCode.Incomplete, Gate.Evaluate(report, null, null));
        Assert.Equal(ExitCode.GateFailed, Gate.Evaluate(report, Severity.Low, null));
    }

    [Fact]
    public void A_failing_rule_s_message_is_redacted_before_it_reaches_the_report()
    {
        var repository = Repository.FromFiles([KeyValuePair.Create("app.py", "x = 1\n")]);
        var report = new Auditor([new LeakingThrow()], ToolIdentity.Current).Audit(repository, RuleOptions.Default);

        Assert.Equal("rule TST995 failed: FormatException: bad value password=hunt…", Assert.Single(report.Errors));
    }

    [Fact]
    public void A_rule_whose_stack_is_absent_is_not_applicable_and_its_area_is_not_scored()
    {
        var repository = Repository.FromFiles([KeyValuePair.Create("README.md", "# hello\n")]);
        var report = new Auditor([new DjangoOnly()], ToolIdentity.Current).Audit(repository, RuleOptions.Default);

        Assert.Empty(report.Findings);
        Assert.Null(report.Areas.Single(a => a.Area == Area.Testing).Score);
        Assert.Equal(100, report.Score);
        Assert.Equal(Verdict.Ready, report.Verdict);
    }

    [Fact]
    public void Disabled_rules_do_not_run_and_severity_overrides_apply()
    {
        var repository = Repository.FromFiles([KeyValuePair.Create("app.py", "x = 1\n")]);
        var auditor = new Auditor([new Throwing(), new AlwaysAbsent()], ToolIdentity.Current);
        var options = new RuleOptions
        {
            Disabled = [RuleId.Parse("TST998")],
            SeverityOverrides = ImmutableDictionary<RuleId, Severity>.Empty.Add(RuleId.Parse("TST999"), Severity.Low),
        };

        var report = auditor.Audit(repository, options);

        Assert.Empty(report.Errors);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Severity.Low, finding.Severity);
        Assert.Equal(Priority.P2, finding.Priority);
        Assert.Equal(3, finding.PointsLost);
    }

    [Fact]
    public void Fingerprints_do_not_change_when_the_evidence_moves_down()
    {
        var before = Repository.FromFiles([KeyValuePair.Create("app.py", "DEBUG = True\n")]);
        var after = Repository.FromFiles([KeyValuePair.Create("app.py", "import os\n\n\nDEBUG  =  True\n")]);
        var auditor = new Auditor([new LineOne()], ToolIdentity.Current);

        var first = Assert.Single(auditor.Audit(before, RuleOptions.Default).Findings);
        var second = Assert.Single(new Auditor([new LineFour()], ToolIdentity.Current).Audit(after, RuleOptions.Default).Findings);

        Assert.Equal(1, first.Line);
        Assert.Equal(4, second.Line);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
    }

    private static RuleDescriptor Descriptor(string id, ImmutableArray<Technology> appliesTo = default) => new()
    {
        Id = RuleId.Parse(id),
        Name = "test-rule-" + id.ToLowerInvariant(),
        Title = "Test rule",
        Area = Area.Testing,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "rationale",
        Fix = "fix",
        AppliesTo = appliesTo.IsDefault ? [] : appliesTo,
        Examples = [],
    };

    private sealed class Throwing : Rule
    {
        public override RuleDescriptor Descriptor { get; } = Descriptor("TST998");

        public override RuleOutcome Evaluate(AuditContext context) => throw new InvalidOperationException("reader exploded\nsecond line");
    }

    private sealed class LeakingThrow : Rule
    {
        public override RuleDescriptor Descriptor { get; } = Descriptor("TST995");

        public override RuleOutcome Evaluate(AuditContext context) => throw new FormatException("bad value password=hunter2hunter2");
    }

    private sealed class AlwaysAbsent : Rule
    {
        public override RuleDescriptor Descriptor { get; } = Descriptor("TST999");

        public override RuleOutcome Evaluate(AuditContext context) => RuleOutcome.Fail(new Violation(null, "nothing found"));
    }

    private sealed class DjangoOnly : Rule
    {
        public override RuleDescriptor Descriptor { get; } = Descriptor("TST997", [Technology.Django]);

        public override RuleOutcome Evaluate(AuditContext context) => RuleOutcome.Fail(new Violation(null, "should not run"));
    }

    private sealed class LineOne : Rule
    {
        public override RuleDescriptor Descriptor { get; } = Descriptor("TST996");

        public override RuleOutcome Evaluate(AuditContext context) => RuleOutcome.Fail(new Violation(new SourceSpan("app.py", 1, 1), "debug"));
    }

    private sealed class LineFour : Rule
    {
        public override RuleDescriptor Descriptor { get; } = Descriptor("TST996");

        public override RuleOutcome Evaluate(AuditContext context) => RuleOutcome.Fail(new Violation(new SourceSpan("app.py", 4, 1), "debug"));
    }
}
