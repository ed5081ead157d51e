using System.Text.Json;
using ProdReady.Model;
using ProdReady.Reporting;
using ProdReady.Reporting.Json;

namespace ProdReady.Tests.Reporting;

public class JsonReportWriterTests
{
    private static JsonElement Render(AuditReport? report = null) =>
        JsonDocument.Parse(ReportOutput.Render(ReportFormat.Json, report ?? SampleReport.Create())).RootElement.Clone();

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Top_level_fields_are_exactly_the_schema_in_order()
    {
        Assert.Equal(
            ["schemaVersion", "tool", "target", "verdict", "verdictReason", "score", "counts", "areas", "findings", "passed", "skipped", "roadmap", "stack", "stats", "errors", "suppressed", "staleSuppressions"],
            Names(Render()));
    }

    [Fact]
    public void Every_finding_has_exactly_the_schema_fields_in_order()
    {
        string[] expected =
        [
            "ruleId", "ruleName", "title", "severity", "area", "priority", "message", "file", "line", "column", "snippet",
            "impact", "fix", "effortHours", "pointsLost", "fingerprint",
        ];
        var findings = Render().GetProperty("findings").EnumerateArray().ToList();

        Assert.Equal(4, findings.Count);
        Assert.All(findings, f => Assert.Equal(expected, Names(f)));
    }

    [Fact]
    public void Nested_objects_have_exactly_the_schema_fields()
    {
        var root = Render();

        Assert.Equal(["name", "version"], Names(root.GetProperty("tool")));
        Assert.Equal(["path", "commit"], Names(root.GetProperty("target")));
        Assert.Equal(["critical", "high", "medium", "low", "info"], Names(root.GetProperty("counts")));
        Assert.Equal(["id", "score", "counts", "rulesPassed", "rulesFailed"], Names(root.GetProperty("areas")[0]));
        Assert.Equal(["ruleId", "title", "area", "evidence", "file", "line"], Names(root.GetProperty("passed")[0]));
        Assert.Equal(["file", "reason"], Names(root.GetProperty("skipped")[0]));
        Assert.Equal(["priority", "name", "effortHours", "items"], Names(root.GetProperty("roadmap")[0]));
        Assert.Equal(["ruleId", "title", "severity", "findings", "effortHours", "pointsGained"], Names(root.GetProperty("roadmap")[0].GetProperty("items")[0]));
        Assert.Equal(["languages", "frameworks", "infrastructure"], Names(root.GetProperty("stack")));
        Assert.Equal(["name", "evidence"], Names(root.GetProperty("stack").GetProperty("languages")[0]));
        Assert.Equal(["files", "bytes", "durationMs", "rulesRun", "suppressedFindings", "staleSuppressions"], Names(root.GetProperty("stats")));
    }

    [Fact]
    public void Enums_are_written_as_their_public_ids()
    {
        var root = Render();
        var low = root.GetProperty("findings")[3];

        Assert.Equal("1.1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("not-ready", root.GetProperty("verdict").GetString());
        Assert.Equal("low", low.GetProperty("severity").GetString());
        Assert.Equal("ci-cd", low.GetProperty("area").GetString());
        Assert.Equal("P2", low.GetProperty("priority").GetString());
        Assert.Equal("ci-cd", root.GetProperty("areas")[5].GetProperty("id").GetString());
    }

    [Fact]
    public void Repository_level_finding_has_null_location_and_snippet()
    {
        var finding = Render().GetProperty("findings")[2];

        Assert.Equal("DOC002", finding.GetProperty("ruleId").GetString());
        Assert.All(["file", "line", "column", "snippet"], name => Assert.Equal(JsonValueKind.Null, finding.GetProperty(name).ValueKind));
    }

    [Fact]
    public void Not_applicable_area_has_a_null_score()
    {
        var kubernetes = Render().GetProperty("areas")[4];

        Assert.Equal("kubernetes", kubernetes.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, kubernetes.GetProperty("score").ValueKind);
    }

    [Fact]
    public void Effort_and_points_are_rounded_to_one_decimal()
    {
        var root = Render();
        var template = root.GetProperty("findings")[1];
        var workflow = root.GetProperty("findings")[3];

        Assert.Equal("8.3", template.GetProperty("pointsLost").GetRawText());
        Assert.Equal("0.3", workflow.GetProperty("effortHours").GetRawText());
        Assert.Equal("1.3", workflow.GetProperty("pointsLost").GetRawText());
        Assert.Equal("8.3", root.GetProperty("roadmap")[0].GetProperty("items")[1].GetProperty("pointsGained").GetRawText());
        Assert.Equal("0.3", root.GetProperty("roadmap")[2].GetProperty("effortHours").GetRawText());
    }

    [Fact]
    public void Repository_text_is_kept_verbatim_and_readable()
    {
        var json = ReportOutput.Render(ReportFormat.Json, SampleReport.Create());

        Assert.Contains("\"snippet\": \"SECRET_KEY = \\\"djan…\\\"  # `dev` only | <b>todo</b>\"", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', json);
    }

    [Fact]
    public void Reports_differing_only_in_duration_differ_only_in_duration_ms()
    {
        var first = SampleReport.Create();
        var second = first with { Stats = first.Stats with { DurationMs = 98765 } };

        var difference = ReportOutput.Render(ReportFormat.Json, first).Split('\n')
            .Zip(ReportOutput.Render(ReportFormat.Json, second).Split('\n'))
            .Where(pair => pair.First != pair.Second)
            .ToList();

        Assert.Equal([("    \"durationMs\": 1234,", "    \"durationMs\": 98765,")], difference);
    }

    [Fact]
    public void Deserialised_report_serialises_to_the_same_bytes()
    {
        var json = ReportOutput.Render(ReportFormat.Json, SampleReport.Create());

        var report = JsonReportSchema.Deserialize(json);

        Assert.Equal(json, JsonReportSchema.Serialize(report) + "\n");
    }

    [Fact]
    public void Deserialising_another_major_version_fails()
    {
        var json = ReportOutput.Render(ReportFormat.Json, SampleReport.Create()).Replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"2.0\"", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => JsonReportSchema.Deserialize(json));
        Assert.Equal("Schema version '2.0' is not supported; this ProdReady reads 1.x.", error.Message);
    }
}
