using System.Text.Json;
using ProdReady.Model;
using ProdReady.Reporting;
using ProdReady.Rules;
using ProdReady.Tests.Fixtures;

namespace ProdReady.Tests.Reporting;

public class SarifReportWriterTests
{
    private static string Sarif(AuditReport report)
    {
        var sarif = ReportOutput.Render(ReportFormat.Sarif, report);
        SarifSchema.AssertValid(sarif);
        return sarif;
    }

    private static JsonElement Run(AuditReport report) => JsonDocument.Parse(Sarif(report)).RootElement.GetProperty("runs")[0].Clone();

    private static string[] Strings(JsonElement array) => Strings(array.EnumerateArray());

    private static string[] Strings(IEnumerable<JsonElement> elements) => [.. elements.Select(e => e.GetString() ?? "")];

    [Fact]
    public void Hand_made_report_is_valid_and_matches_the_approved_file() =>
        ApprovedFile.Verify("report.sarif", Sarif(SampleReport.Create()));

    [Fact]
    public void A_report_with_no_findings_is_a_valid_log_with_empty_results()
    {
        var run = Run(SampleSuppressions.Empty());

        Assert.Equal(0, run.GetProperty("results").GetArrayLength());
        Assert.Equal(0, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void A_schema_violation_is_detected()
    {
        var broken = ReportOutput.Render(ReportFormat.Sarif, SampleReport.Create()).Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal);

        Assert.NotEmpty(SarifSchema.Errors(broken));
    }

    [Fact]
    public void Real_fixture_audit_is_valid_and_every_result_has_a_relative_location()
    {
        var report = FixtureAudit.Run("fastapi-predictive-maintenance");
        var run = Run(report);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var ruleIds = Strings(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id")));

        Assert.Equal(Catalogue.All.Length, report.Rules.Length);
        Assert.Equal(report.Rules.Select(r => r.Id.Value).Order(StringComparer.Ordinal), report.Rules.Select(r => r.Id.Value));
        Assert.Equal(report.Findings.Length, results.Count);
        Assert.Equal(report.Findings.Select(f => f.RuleId.Value).Distinct().Order(StringComparer.Ordinal), ruleIds);
        var debug = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "CFG001");
        Assert.Equal(Catalogue.All.Single(r => r.Descriptor.Id.Value == "CFG001").Descriptor.References[0], debug.GetProperty("helpUri").GetString());
        Assert.All(results, r =>
        {
            var artifact = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            Assert.False(artifact.GetProperty("uri").GetString()!.StartsWith('/'));
            Assert.Equal(ruleIds[r.GetProperty("ruleIndex").GetInt32()], r.GetProperty("ruleId").GetString());
        });
    }

    [Fact]
    public void Rules_carry_help_levels_security_severity_and_tags()
    {
        var rules = Run(SampleReport.Create()).GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var secret = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "SEC001");
        var workflow = rules.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "CI003");

        Assert.Equal(["CI003", "DOC002", "SCU004", "SEC001"], Strings(rules.EnumerateArray().Select(r => r.GetProperty("id"))));
        Assert.Equal("hardcoded-secret", secret.GetProperty("name").GetString());
        Assert.Equal("Hardcoded secret in source", secret.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("error", secret.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("9.5", secret.GetProperty("properties").GetProperty("security-severity").GetString());
        Assert.Equal(["secrets", "security"], Strings(secret.GetProperty("properties").GetProperty("tags")));
        Assert.Contains("How to fix: Read SECRET_KEY from the environment", secret.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("**Effort:** 0.5 h", secret.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        Assert.Equal("note", workflow.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal("3.0", workflow.GetProperty("properties").GetProperty("security-severity").GetString());
        Assert.Equal(["ci-cd"], Strings(workflow.GetProperty("properties").GetProperty("tags")));
    }

    [Fact]
    public void Rule_descriptors_from_the_report_give_references_and_help_uri()
    {
        var report = SampleReport.Create() with
        {
            Rules =
            [
                new RuleInfo
                {
                    Id = RuleId.Parse("SEC001"), Name = "hardcoded-secret", Title = "Hardcoded secret in source", Area = Area.Secrets,
                    Severity = Severity.Critical, Rationale = "Secrets in git are public to every clone.", Fix = "Move it to the environment.",
                    EffortHours = 0.5, References = ["https://12factor.net/config"],
                },
            ],
        };

        var secret = Run(report).GetProperty("tool").GetProperty("driver").GetProperty("rules")[3];

        Assert.Equal("https://12factor.net/config", secret.GetProperty("helpUri").GetString());
        Assert.Equal("Secrets in git are public to every clone.", secret.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.EndsWith("References:\n- https://12factor.net/config", secret.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Results_have_levels_regions_snippets_and_fingerprints()
    {
        var results = Run(SampleReport.Create()).GetProperty("results");
        var secret = results[0];
        var location = secret.GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.Equal(["error", "error", "warning", "note"], Strings(results.EnumerateArray().Select(r => r.GetProperty("level"))));
        Assert.Equal("app/settings.py", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(12, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(1, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("SECRET_KEY = \"djan…\"  # `dev` only | <b>todo</b>", location.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
        Assert.Equal("sec001-5f0c2a9d", secret.GetProperty("partialFingerprints").GetProperty("prodready/v1").GetString());
        Assert.False(secret.TryGetProperty("suppressions", out _));
    }

    [Fact]
    public void Repository_level_finding_is_located_at_the_repository_root_without_a_region()
    {
        var runbook = Run(SampleReport.Create()).GetProperty("results")[2];
        var location = runbook.GetProperty("locations")[0].GetProperty("physicalLocation");

        Assert.Equal("DOC002", runbook.GetProperty("ruleId").GetString());
        Assert.Equal(".", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.False(location.TryGetProperty("region", out _));
        Assert.True(runbook.GetProperty("properties").GetProperty("repositoryLevel").GetBoolean());
    }

    [Fact]
    public void Suppressed_findings_skipped_files_stale_suppressions_and_errors_are_reported()
    {
        var run = Run(SampleSuppressions.Create());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var invocation = run.GetProperty("invocations")[0];
        var notes = invocation.GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        var stale = invocation.GetProperty("toolConfigurationNotifications").EnumerateArray().ToList();

        Assert.Equal(4, results.Count);
        Assert.False(results[0].TryGetProperty("suppressions", out _));
        Assert.Equal(["inSource", "external", "external"], results.Skip(1).Select(r => r.GetProperty("suppressions")[0].GetProperty("kind").GetString()));
        Assert.Equal("body is sanitised by bleach upstream", results[1].GetProperty("suppressions")[0].GetProperty("justification").GetString());
        Assert.Equal("2026-12-31", results[1].GetProperty("suppressions")[0].GetProperty("properties").GetProperty("expires").GetString());
        Assert.Equal("baseline", results[3].GetProperty("suppressions")[0].GetProperty("properties").GetProperty("source").GetString());

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.Equal(["error", "note", "note"], notes.Select(n => n.GetProperty("level").GetString()));
        Assert.Equal("Skipped vendor/app|v2.min.js: larger than 1 MB", notes[2].GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("vendor/app%7Cv2.min.js", notes[2].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(["warning", "warning"], stale.Select(n => n.GetProperty("level").GetString()));
        Assert.Equal("Stale inline suppression of CFG001: matches no finding", stale[0].GetProperty("message").GetProperty("text").GetString());
        Assert.False(stale[1].TryGetProperty("locations", out _));
    }

    [Fact]
    public void Source_root_is_a_file_uri_for_an_absolute_target_and_a_description_otherwise()
    {
        var absolute = Run(SampleReport.Create()).GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%");
        var relative = Run(SampleReport.Create() with { Target = new TargetInfo("repos/my app", null) }).GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%");

        Assert.Equal("file:///repos/shop-api/", absolute.GetProperty("uri").GetString());
        Assert.False(relative.TryGetProperty("uri", out _));
        Assert.Equal("The root of the audited repository (repos/my app).", relative.GetProperty("description").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("src/app.py", "src/app.py")]
    [InlineData("docs/my notes#1.md", "docs/my%20notes%231.md")]
    [InlineData("web/über.js", "web/%C3%BCber.js")]
    public void File_paths_become_percent_encoded_relative_uris(string path, string expected)
    {
        var report = SampleReport.Create();
        var moved = report with { Findings = [report.Findings[0] with { File = path }] };

        var uri = Run(moved).GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();

        Assert.Equal(expected, uri);
    }
}
