using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Tests.Reporting;

internal static class ReportOutput
{
    public static string Render(ReportFormat format, AuditReport report, WriterOptions? options = null)
    {
        using var writer = new StringWriter();
        ReportWriters.For(format).Write(report, writer, options ?? new WriterOptions());
        // Spectre.Console ends lines with Environment.NewLine; approved files are compared with LF endings.
        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
