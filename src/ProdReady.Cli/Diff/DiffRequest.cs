using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Cli.Diff;

public sealed record DiffRequest(string Before, string After, ReportFormat Format, string? Output, Severity? FailOnNew);
