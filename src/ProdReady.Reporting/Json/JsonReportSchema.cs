using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ProdReady.Reporting.Json;

/// <summary>The public JSON schema (docs/json-schema.md): its version, and reading a report back, for tools such as a diff.</summary>
public static class JsonReportSchema
{
    public const string Version = "1.1";

    public const int MajorVersion = 1;

    // The report is a standalone document, not HTML: keep quotes, backticks, < > and non-ASCII text readable.
    // A consumer that embeds it in a page must encode it for that page.
    private static readonly JsonSerializerOptions Options = new(JsonReportContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<JsonReport> ReportInfo = (JsonTypeInfo<JsonReport>)Options.GetTypeInfo(typeof(JsonReport));

    public static string Serialize(JsonReport report) => JsonSerializer.Serialize(report, ReportInfo);

    /// <summary>Reads a report of any 1.x version; a later minor version only adds fields, which are ignored.</summary>
    public static JsonReport Deserialize(string json)
    {
        var report = JsonSerializer.Deserialize(json, ReportInfo)
            ?? throw new JsonException("The document is null, not a ProdReady report.");
        if (!IsSupported(report.SchemaVersion))
        {
            throw new JsonException($"Schema version '{report.SchemaVersion}' is not supported; this ProdReady reads {MajorVersion}.x.");
        }

        return report;
    }

    private static bool IsSupported(string version)
    {
        var major = version.Split('.')[0];
        return int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number == MajorVersion;
    }
}
