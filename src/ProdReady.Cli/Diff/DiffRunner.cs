using ProdReady.Cli.Commands;
using ProdReady.Model;
using ProdReady.Reporting;
using ProdReady.Reporting.Diff;
using ProdReady.Reporting.Json;

namespace ProdReady.Cli.Diff;

/// <summary>Reads the two reports, compares them, writes the diff and decides the exit code.</summary>
public sealed class DiffRunner(TextWriter stdout, CliEnvironment environment)
{
    public ExitCode Run(DiffRequest request)
    {
        var before = Read(request.Before);
        var after = Read(request.After);
        var diff = ReportDiffer.Compare(before, after);

        var writer = DiffWriters.For(request.Format);
        var colour = request.Format == ReportFormat.Terminal && environment.StdoutIsTerminal && !environment.NoColor;
        TextOutput.Write(request.Output, stdout, (output, useColour) => writer.Write(diff, output, new WriterOptions(useColour, environment.Width)), colour);

        return request.FailOnNew is { } threshold && diff.Introduced.Any(f => Names.TryParseSeverity(f.Severity, out var s) && s >= threshold)
            ? ExitCode.GateFailed
            : ExitCode.GatePassed;
    }

    private static JsonReport Read(string path)
    {
        var text = TextOutput.ReadInput(path, "JSON report");
        try
        {
            return DiffReportReader.Read(text);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"'{path}': {e.Message}.");
        }
    }
}
