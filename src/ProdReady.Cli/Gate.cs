using ProdReady.Model;

namespace ProdReady.Cli;

/// <summary>Turns a report and the gate options into the exit code. A failed gate wins over an incomplete audit,
/// because the findings that fail it are certain; an incomplete audit never passes silently.</summary>
public static class Gate
{
    public static ExitCode Evaluate(AuditReport report, Severity? failOn, int? minScore)
    {
        var failed = (failOn is { } threshold && report.Findings.Any(f => f.Severity >= threshold))
            || (minScore is { } min && report.Score < min);
        if (failed)
        {
            return ExitCode.GateFailed;
        }

        return report.IsComplete ? ExitCode.GatePassed : ExitCode.Incomplete;
    }
}
