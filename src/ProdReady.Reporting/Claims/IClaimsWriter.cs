using ProdReady.Model.Claims;

namespace ProdReady.Reporting.Claims;

/// <summary>Renders a finished <see cref="ClaimsReport"/> in one format; writers read the report and nothing else.</summary>
public interface IClaimsWriter
{
    ReportFormat Format { get; }

    void Write(ClaimsReport report, TextWriter output, WriterOptions options);
}
