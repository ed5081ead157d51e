using ProdReady.Model;

namespace ProdReady.Tests.Reporting;

/// <summary>The hand-made report with markup that tries to run script in every place repository text can reach.</summary>
internal static class HostileReport
{
    public const string ScriptTag = "<script>window.__pwned=1</script>";
    public const string ImageTag = "\"><img src=x onerror=\"window.__pwned=1\">";
    public const string JavaScriptLink = "<a href=\"javascript:window.__pwned=1\">open</a> javascript:window.__pwned=1";
    public const string HostileFile = "web/\"><img src=x onerror=\"window.__pwned=1\">.html";

    public static AuditReport Create()
    {
        var report = SampleReport.Create();
        var findings = report.Findings;
        var template = findings[1] with
        {
            Snippet = Redactor.Snippet($"{ScriptTag}\n{ImageTag}"),
            Message = Redactor.Text(JavaScriptLink),
            File = HostileFile,
            Title = $"Title {ScriptTag}",
            RuleName = ImageTag,
            Impact = ImageTag,
            Fix = JavaScriptLink,
        };
        return report with
        {
            VerdictReason = $"Reason {ScriptTag}",
            Target = new TargetInfo($"/repos/{ImageTag}", null),
            Findings = [findings[0], template, findings[2], findings[3]],
            Passed = [report.Passed[0] with { Evidence = Redactor.Text(ScriptTag), File = HostileFile }],
            Skipped = [new SkippedFile(HostileFile, JavaScriptLink)],
            Stack = report.Stack with { Frameworks = [new DetectedTechnology(ScriptTag, ImageTag)] },
            Suppressed = [new SuppressedFinding { Finding = findings[0], Source = SuppressionSource.Inline, Reason = ImageTag }],
            StaleSuppressions = [new StaleSuppression { Source = SuppressionSource.Inline, Rule = ScriptTag, File = HostileFile, Line = 1, Reason = JavaScriptLink }],
            Errors = [ScriptTag],
        };
    }
}
