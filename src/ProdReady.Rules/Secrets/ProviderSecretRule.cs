using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;
using ProdReady.Model;

namespace ProdReady.Rules.Secrets;

/// <summary>A provider's secret formats as a rule: every match of its detectors is a finding, its severity set by
/// where the file sits and how sure the detector is.</summary>
public sealed class ProviderSecretRule : Rule
{
    private readonly ImmutableHashSet<string> _detectorIds;

    internal ProviderSecretRule(SecretProvider provider)
    {
        Provider = provider;
        _detectorIds = [.. provider.Detectors.Select(d => d.Id)];
        Descriptor = new()
        {
            Id = RuleId.Parse(provider.Id),
            Name = provider.Name,
            Title = $"{provider.Provider} credential committed",
            Area = Area.Secrets,
            Severity = Severity.High,
            EffortHours = 1,
            Rationale = $"A {provider.Provider} credential in the repository works for everyone who can read the code, " +
                "its forks, CI logs and history: they can act as the account it belongs to until it is revoked. Deleting " +
                "the line does not remove it from history.",
            Fix = $"Revoke or rotate the {provider.Provider} credential now (see the reference), then load it from the " +
                "environment or a secret manager at run time and keep only placeholders in committed files.",
            References = [provider.Reference, "https://cwe.mitre.org/data/definitions/798.html"],
            Examples = provider.Examples,
        };
    }

    public override RuleDescriptor Descriptor { get; }

    internal SecretProvider Provider { get; }

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var violations = new List<Violation>();
        foreach (var detector in Provider.Detectors)
        {
            foreach (var match in context.Facts.Secrets(SecretRules.Scanner).Of(detector.Id))
            {
                violations.Add(new Violation(
                    new SourceSpan(match.Path, match.Line, match.Column, match.Length),
                    $"{Name(detector)} in {SecretLocations.Describe(match.Path)}")
                {
                    Secret = match.Value,
                    Key = detector.Id,
                    Severity = SecretLocations.SeverityOf(match.Path, match.Confidence),
                });
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass();
    }

    // "Private key" + "private key" reads as one name, not two.
    private static string Name(SecretDetector detector) =>
        detector.Label.StartsWith(detector.Provider, StringComparison.OrdinalIgnoreCase) ? detector.Label : $"{detector.Provider} {detector.Label}";
}
