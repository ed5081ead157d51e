namespace ProdReady.Reporting.Diff;

/// <summary>Renders a finished <see cref="ReportDiff"/> in one format; writers read the diff and nothing else.</summary>
public interface IDiffWriter
{
    ReportFormat Format { get; }

    void Write(ReportDiff diff, TextWriter output, WriterOptions options);
}
