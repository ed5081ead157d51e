using System.Text.Json.Serialization;

namespace ProdReady.Reporting.Diff;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ReportDiff))]
internal sealed partial class DiffJsonContext : JsonSerializerContext;
