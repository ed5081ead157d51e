using ProdReady.Engine.Files;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Engine.Auditing;

/// <summary>Turns a rule's violation into a report finding: evidence line, redaction, severity, priority and
/// fingerprint. Points lost are filled in by scoring afterwards.</summary>
public static class FindingFactory
{
    public static Finding Create(RuleDescriptor descriptor, Violation violation, Repository repository, Severity? severityOverride)
    {
        var severity = severityOverride ?? violation.Severity ?? descriptor.Severity;
        var location = violation.Location;
        var lineText = location is { } at ? repository.File(at.File)?.Line(at.Line) ?? string.Empty : string.Empty;
        var evidence = location is null ? violation.Message : lineText;
        return new Finding
        {
            RuleId = descriptor.Id,
            RuleName = descriptor.Name,
            Title = descriptor.Title,
            Severity = severity,
            Area = descriptor.Area,
            Priority = Scoring.ScoringPolicy.PriorityOf(severity),
            Message = Redactor.Text(violation.Message, SecretSpans(violation.Message, violation.Secret)),
            File = location?.File,
            Line = location?.Line,
            Column = location?.Column,
            Snippet = location is null ? null : Redactor.Snippet(lineText.Trim(), SecretSpans(lineText.Trim(), violation.Secret)),
            Impact = descriptor.Rationale,
            Fix = descriptor.Fix,
            EffortHours = descriptor.EffortHours,
            Fingerprint = Fingerprints.Of(descriptor.Id.Value, location?.File, violation.Key, evidence),
        };
    }

    private static List<TextSpan> SecretSpans(string text, string? secret)
    {
        var spans = new List<TextSpan>();
        if (string.IsNullOrEmpty(secret))
        {
            return spans;
        }

        for (var at = text.IndexOf(secret, StringComparison.Ordinal); at >= 0; at = text.IndexOf(secret, at + secret.Length, StringComparison.Ordinal))
        {
            spans.Add(new TextSpan(at, secret.Length));
        }

        return spans;
    }
}
