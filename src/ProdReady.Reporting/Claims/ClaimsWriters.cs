using System.Collections.Immutable;

namespace ProdReady.Reporting.Claims;

public static class ClaimsWriters
{
    public static ImmutableArray<IClaimsWriter> All { get; } =
    [
        new ClaimsTerminalWriter(),
        new ClaimsMarkdownWriter(),
        new ClaimsJsonWriter(),
    ];

    public static IClaimsWriter For(ReportFormat format) =>
        All.FirstOrDefault(writer => writer.Format == format)
        ?? throw new ArgumentOutOfRangeException(nameof(format), format, "verify-claims has no writer for this format.");
}
