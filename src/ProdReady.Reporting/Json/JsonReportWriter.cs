using ProdReady.Model;

namespace ProdReady.Reporting.Json;

/// <summary>Writes the versioned public JSON report described in docs/json-schema.md.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public ReportFormat Format => ReportFormat.Json;

    public void Write(AuditReport report, TextWriter output, WriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        output.Write(JsonReportSchema.Serialize(JsonReportMapper.From(report)));
        output.Write('\n');
    }
}
