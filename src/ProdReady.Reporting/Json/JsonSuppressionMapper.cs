using System.Globalization;
using ProdReady.Model;

namespace ProdReady.Reporting.Json;

/// <summary>Copies suppressed findings and stale suppressions into the public schema types.</summary>
internal static class JsonSuppressionMapper
{
    public static JsonSuppressedFinding Suppressed(SuppressedFinding suppressed)
    {
        var finding = suppressed.Finding;
        return new JsonSuppressedFinding
        {
            RuleId = finding.RuleId.Value,
            RuleName = finding.RuleName,
            Title = finding.Title,
            Severity = finding.Severity.Id(),
            Area = finding.Area.Id(),
            Priority = finding.Priority.Id(),
            Message = finding.Message.Value,
            File = finding.File,
            Line = finding.Line,
            Column = finding.Column,
            Snippet = finding.Snippet?.Value,
            Impact = finding.Impact,
            Fix = finding.Fix,
            EffortHours = ReportText.Round(finding.EffortHours),
            Fingerprint = finding.Fingerprint,
            Source = SuppressionText.Source(suppressed.Source),
            Reason = suppressed.Reason,
            Expires = suppressed.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    public static JsonStaleSuppression Stale(StaleSuppression stale) => new()
    {
        Source = SuppressionText.Source(stale.Source),
        Rule = stale.Rule,
        File = stale.File,
        Line = stale.Line,
        Reason = stale.Reason,
    };
}
