using System.Text;
using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Cli;

/// <summary>Writes one audit's report in every requested format: to standard output, to one file (--output), or to
/// DIR/prodready.&lt;ext&gt; per format (--output-dir). Files never get colour.</summary>
public sealed class ReportOutputs(TextWriter stdout, CliEnvironment environment)
{
    public void Write(AuditReport report, Commands.AuditRequest request)
    {
        if (request.OutputDirectory is { } directory)
        {
            CreateDirectory(directory);
            foreach (var format in request.Formats)
            {
                WriteFile(report, format, Path.Combine(directory, ReportFileNames.For(format)), request);
            }

            return;
        }

        var single = request.Formats[0];
        if (request.Output is { } output)
        {
            WriteFile(report, single, output, request);
            return;
        }

        if (!request.Quiet)
        {
            var color = single == ReportFormat.Terminal && environment.StdoutIsTerminal && !environment.NoColor;
            ReportWriters.For(single).Write(report, stdout, new WriterOptions(color, environment.Width) { ListSuppressed = request.Workflow.ListSuppressed });
        }
    }

    private void WriteFile(AuditReport report, ReportFormat format, string path, Commands.AuditRequest request)
    {
        try
        {
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            ReportWriters.For(format).Write(report, file, new WriterOptions(Color: false, Width: environment.Width) { ListSuppressed = request.Workflow.ListSuppressed });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }

    private static void CreateDirectory(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot create '{directory}': {e.Message}");
        }
    }
}
