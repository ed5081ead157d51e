using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Cli.Commands;

/// <summary>The audit command's arguments, parsed and validated.</summary>
public sealed record AuditRequest(
    string Path,
    ReportFormat Format,
    string? Output,
    Severity? FailOn,
    int? MinScore,
    string? ConfigPath,
    bool NoProgress,
    bool Quiet,
    bool History = false);
