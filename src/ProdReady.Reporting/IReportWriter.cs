using ProdReady.Model;

namespace ProdReady.Reporting;

/// <summary>Turns a finished report into one format. A new format (HTML, SARIF) is one more implementation.</summary>
public interface IReportWriter
{
    ReportFormat Format { get; }

    void Write(AuditReport report, TextWriter output, WriterOptions options);
}
