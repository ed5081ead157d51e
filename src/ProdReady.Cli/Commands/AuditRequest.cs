using System.Collections.Immutable;
using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Cli.Commands;

/// <summary>The audit command's arguments, parsed and validated.</summary>
public sealed record AuditRequest(
    string Path,
    ImmutableArray<ReportFormat> Formats,
    string? Output,
    string? OutputDirectory,
    Severity? FailOn,
    int? MinScore,
    string? ConfigPath,
    bool NoProgress,
    bool Quiet,
    bool History = false)
{
    public AuditWorkflow Workflow { get; init; } = AuditWorkflow.None;
}
