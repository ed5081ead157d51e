using System.Collections.Immutable;
using ProdReady.Reporting.Html;
using ProdReady.Reporting.Json;
using ProdReady.Reporting.Markdown;
using ProdReady.Reporting.Sarif;
using ProdReady.Reporting.Terminal;

namespace ProdReady.Reporting;

/// <summary>The writers the CLI can choose from. A new format is one more class and one more line here.</summary>
public static class ReportWriters
{
    public static ImmutableArray<IReportWriter> All { get; } =
    [
        new TerminalReportWriter(),
        new MarkdownReportWriter(),
        new JsonReportWriter(),
        new HtmlReportWriter(),
        new SarifReportWriter(),
    ];

    public static IReportWriter For(ReportFormat format) =>
        All.FirstOrDefault(writer => writer.Format == format)
        ?? throw new ArgumentOutOfRangeException(nameof(format), format, "No report writer is registered for this format.");
}
