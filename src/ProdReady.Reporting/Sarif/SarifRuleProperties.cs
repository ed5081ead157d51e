using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace ProdReady.Reporting.Sarif;

public sealed record SarifRuleProperties
{
    public required ImmutableArray<string> Tags { get; init; }

    /// <summary>GitHub code scanning reads this score (0.0 to 10.0, as a string) to rank security alerts.</summary>
    [JsonPropertyName("security-severity")]
    public required string SecuritySeverity { get; init; }

    /// <summary>How GitHub ranks a rule without the security tag: error, warning or recommendation.</summary>
    [JsonPropertyName("problem.severity")]
    public required string ProblemSeverity { get; init; }

    public required double EffortHours { get; init; }
}
