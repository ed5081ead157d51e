using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets;

/// <summary>Turns scanner matches into violations: location at the value, the value set as the secret to mask (never
/// in the message), the detector as the key, severity by location and confidence.</summary>
internal static class SecretViolations
{
    public static Violation From(SecretMatch match, string message) =>
        new(new SourceSpan(match.Path, match.Line, match.Column, match.Length), message)
        {
            Secret = match.Value,
            Key = match.Key is { Length: > 0 } key ? $"{match.DetectorId}:{key}" : match.DetectorId,
            Severity = SecretLocations.SeverityOf(match.Path, match.Confidence),
        };

    public static IEnumerable<SecretMatch> Matches(AuditContext context, string detectorId) =>
        context.Facts.Secrets(SecretRules.Scanner).Of(detectorId);
}
