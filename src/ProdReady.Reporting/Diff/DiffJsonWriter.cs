using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ProdReady.Reporting.Diff;

public sealed class DiffJsonWriter : IDiffWriter
{
    // Same text conventions as the audit report: a standalone document, not HTML.
    private static readonly JsonSerializerOptions Options = new(DiffJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<ReportDiff> Info = (JsonTypeInfo<ReportDiff>)Options.GetTypeInfo(typeof(ReportDiff));

    public ReportFormat Format => ReportFormat.Json;

    public void Write(ReportDiff diff, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(output);

        output.Write(JsonSerializer.Serialize(diff, Info));
        output.Write('\n');
    }
}
