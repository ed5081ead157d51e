using System.Collections.Immutable;

namespace ProdReady.Reporting.Diff;

public static class DiffWriters
{
    public static ImmutableArray<IDiffWriter> All { get; } =
    [
        new DiffTerminalWriter(),
        new DiffMarkdownWriter(),
        new DiffJsonWriter(),
    ];

    public static IDiffWriter For(ReportFormat format) =>
        All.FirstOrDefault(writer => writer.Format == format)
        ?? throw new ArgumentOutOfRangeException(nameof(format), format, "The diff has no writer for this format.");
}
