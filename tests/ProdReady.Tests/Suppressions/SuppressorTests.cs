using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Config;
using ProdReady.Engine.Files;
using ProdReady.Engine.Suppressions;
using ProdReady.Model;

namespace ProdReady.Tests.Suppressions;

public class SuppressorTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void An_inline_suppression_takes_the_finding_out_of_the_score_and_keeps_its_fingerprint()
    {
        var plain = Audit(("app.py", "DEBUG = True\n"));
        var suppressed = Audit(("app.py", "DEBUG = True  # prodready:ignore TST901 local settings module\n"));

        var moved = Assert.Single(suppressed.Suppressed);
        Assert.Equal(SuppressionSource.Inline, moved.Source);
        Assert.Equal("local settings module", moved.Reason);
        Assert.Null(moved.Expires);
        Assert.Equal(["TST902"], suppressed.Findings.Select(f => f.RuleId.Value));
        Assert.Empty(suppressed.StaleSuppressions);
        Assert.True(suppressed.Score > plain.Score);
        Assert.Equal(Verdict.NotReady, plain.Verdict);
        Assert.NotEqual(Verdict.NotReady, suppressed.Verdict);
        Assert.Equal(plain.Findings.Single(f => f.RuleId.Value == "TST901").Fingerprint.Length, moved.Finding.Fingerprint.Length);
        Assert.Equal(
            Audit(("app.py", "DEBUG = True  # prodready:ignore TST901 local settings module\n"), strict: true).Findings.Single(f => f.RuleId.Value == "TST901").Fingerprint,
            moved.Finding.Fingerprint);
    }

    [Fact]
    public void A_comment_alone_on_the_line_above_suppresses_by_rule_name()
    {
        var report = Audit(("app.py", "# prodready:ignore debug-line needed by the demo\nDEBUG = True\nDEBUG = True\n"));

        var moved = Assert.Single(report.Suppressed);
        Assert.Equal(2, moved.Finding.Line);
        Assert.Equal(3, report.Findings.Single(f => f.RuleId.Value == "TST901").Line);
    }

    [Fact]
    public void A_suppression_without_a_reason_does_not_apply_and_is_stale()
    {
        var report = Audit(("app.py", "DEBUG = True  # prodready:ignore TST901\n"));

        Assert.Empty(report.Suppressed);
        Assert.Contains(report.Findings, f => f.RuleId.Value == "TST901");
        var stale = Assert.Single(report.StaleSuppressions);
        Assert.Equal((SuppressionSource.Inline, "TST901", "app.py", 1), (stale.Source, stale.Rule, stale.File, stale.Line));
        Assert.Equal("gives no reason, so it does not apply (write the reason after the rule)", stale.Reason);
    }

    [Fact]
    public void An_expired_suppression_stops_applying_and_says_so()
    {
        var text = "DEBUG = True  # prodready:ignore TST901 until=2026-05-31 until the vault lands\n";

        var expired = Audit(("app.py", text));
        var current = Audit(("app.py", text), today: new DateOnly(2026, 5, 31));

        Assert.Empty(expired.Suppressed);
        Assert.Equal("expired on 2026-05-31; the finding is reported again", Assert.Single(expired.StaleSuppressions).Reason);
        Assert.Equal(new DateOnly(2026, 5, 31), Assert.Single(current.Suppressed).Expires);
        Assert.Empty(current.StaleSuppressions);
    }

    [Fact]
    public void A_suppression_matching_nothing_is_stale()
    {
        var report = Audit(("app.py", "x = 1  # prodready:ignore TST901 old\n# prodready:ignore TST901 old too\n"));

        Assert.Equal(
            ["no TST901 finding on this line", "no TST901 finding on this line or the next"],
            report.StaleSuppressions.Select(s => s.Reason));
    }

    [Fact]
    public void Strict_neither_applies_nor_reports_inline_suppressions()
    {
        var report = Audit(("app.py", "DEBUG = True  # prodready:ignore TST901 reason\nx = 1  # prodready:ignore TST901\n"), strict: true);

        Assert.Empty(report.Suppressed);
        Assert.Empty(report.StaleSuppressions);
        Assert.Contains(report.Findings, f => f.RuleId.Value == "TST901");
    }

    [Fact]
    public void Config_ignores_match_repository_level_findings_and_paths()
    {
        var ignores = new[]
        {
            new ConfigIgnore { Rule = "no-runbook", Reason = "runbook lives in the wiki", Line = 2 },
            new ConfigIgnore { Rule = "TST901", Path = "scripts/**", Reason = "developer scripts", Until = new DateOnly(2026, 12, 31), Line = 4 },
            new ConfigIgnore { Rule = "TST901", Path = "docs/**", Reason = "nothing there", Line = 7 },
            new ConfigIgnore { Rule = "TST901", Reason = "lapsed", Until = new DateOnly(2026, 1, 1), Line = 9 },
        };

        var report = Audit([("app.py", "DEBUG = True\n"), ("scripts/dev/run.py", "DEBUG = True\n")], ignores: ignores);

        Assert.Equal(
            [("TST901", "scripts/dev/run.py", SuppressionSource.Config), ("TST902", null, SuppressionSource.Config)],
            report.Suppressed.Select(s => (s.Finding.RuleId.Value, s.Finding.File, s.Source)).OrderBy(s => s.Value, StringComparer.Ordinal));
        Assert.Equal(("app.py", "TST901"), (report.Findings.Single().File, report.Findings.Single().RuleId.Value));
        Assert.Equal(
            [(7, "no TST901 finding in 'docs/**'"), (9, "expired on 2026-01-01; the findings are reported again")],
            report.StaleSuppressions.Select(s => (s.Line ?? 0, s.Reason)));
        Assert.All(report.StaleSuppressions, s => Assert.Equal(".prodready.yml", s.File));
    }

    [Fact]
    public void A_baseline_survives_lines_inserted_above_its_findings_and_new_findings_still_show()
    {
        var before = Audit(("app.py", "DEBUG = True\n"));
        var baseline = Baseline.Parse(Baseline.Write(before.Findings));

        var after = Audit([("app.py", "import os\n\n\nDEBUG = True\n"), ("new.py", "DEBUG = True\n")], baseline: baseline);

        Assert.Equal([("app.py", 4, SuppressionSource.Baseline), (null, null, SuppressionSource.Baseline)],
            after.Suppressed.Select(s => (s.Finding.File, s.Finding.Line, s.Source)));
        Assert.Equal("new.py", Assert.Single(after.Findings).File);
        Assert.Empty(after.StaleSuppressions);
    }

    [Fact]
    public void Baseline_entries_that_match_nothing_are_stale()
    {
        var before = Audit(("app.py", "DEBUG = True\n"));
        var baseline = Baseline.Parse(Baseline.Write(before.Findings));

        var after = Audit([("app.py", "DEBUG = False\n")], baseline: baseline);

        var stale = Assert.Single(after.StaleSuppressions);
        Assert.Equal((SuppressionSource.Baseline, "TST901", "app.py", (int?)null), (stale.Source, stale.Rule, stale.File, stale.Line));
        Assert.StartsWith("no finding has fingerprint ", stale.Reason);
    }

    [Fact]
    public void Changed_files_limit_findings_but_keep_repository_level_ones()
    {
        var report = Audit([("app.py", "DEBUG = True\n"), ("other.py", "DEBUG = True\n")], changed: ["other.py"]);

        Assert.Equal([("TST901", "other.py"), ("TST902", null)], report.Findings.Select(f => (f.RuleId.Value, f.File)));
    }

    private static AuditReport Audit((string Path, string Text) file, bool strict = false, DateOnly? today = null) =>
        Audit([file], strict, today);

    private static AuditReport Audit(
        (string Path, string Text)[] files,
        bool strict = false,
        DateOnly? today = null,
        ConfigIgnore[]? ignores = null,
        System.Collections.Immutable.ImmutableArray<BaselineEntry> baseline = default,
        string[]? changed = null)
    {
        var repository = Repository.FromFiles(files.Select(f => KeyValuePair.Create(f.Path, f.Text)));
        var options = new SuppressionOptions
        {
            Inline = !strict,
            Today = today ?? Today,
            Ignores = [.. ignores ?? []],
            Baseline = baseline.IsDefault ? [] : baseline,
            ChangedFiles = changed is null ? null : [.. changed],
        };
        return new Auditor(SuppressionRules.All, ToolIdentity.Current).Audit(repository, RuleOptions.Default, suppressions: options);
    }
}
