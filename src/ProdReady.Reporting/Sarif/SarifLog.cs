using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace ProdReady.Reporting.Sarif;

/// <summary>The root of a SARIF 2.1.0 log. These types are the public SARIF shape; the model is copied into them.</summary>
public sealed record SarifLog
{
    [JsonPropertyName("$schema")]
    public required string Schema { get; init; }

    public required string Version { get; init; }

    public required ImmutableArray<SarifRun> Runs { get; init; }
}
