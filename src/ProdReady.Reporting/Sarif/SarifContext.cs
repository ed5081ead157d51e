using System.Text.Json.Serialization;

namespace ProdReady.Reporting.Sarif;

// Source generation fixes the property order to declaration order; absent optional SARIF properties are left out
// rather than written as null, which the schema would reject.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    NewLine = "\n")]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifContext : JsonSerializerContext;
