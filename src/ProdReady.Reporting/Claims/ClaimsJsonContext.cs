using System.Text.Json.Serialization;

namespace ProdReady.Reporting.Claims;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(JsonClaimsReport))]
internal sealed partial class ClaimsJsonContext : JsonSerializerContext;
