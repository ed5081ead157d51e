using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ProdReady.Model;

namespace ProdReady.Reporting.Sarif;

/// <summary>Writes a SARIF 2.1.0 log for code scanning (docs/sarif.md).</summary>
public sealed class SarifReportWriter : IReportWriter
{
    // A standalone JSON document, not HTML: keep < > & and non-ASCII text readable; JSON escaping still applies.
    private static readonly JsonSerializerOptions Options = new(SarifContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<SarifLog> LogInfo = (JsonTypeInfo<SarifLog>)Options.GetTypeInfo(typeof(SarifLog));

    public ReportFormat Format => ReportFormat.Sarif;

    public void Write(AuditReport report, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        output.Write(JsonSerializer.Serialize(SarifReportMapper.From(report), LogInfo));
        output.Write('\n');
    }
}
