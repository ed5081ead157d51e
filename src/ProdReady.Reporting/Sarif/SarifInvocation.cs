using System.Collections.Immutable;

namespace ProdReady.Reporting.Sarif;

public sealed record SarifInvocation
{
    public required bool ExecutionSuccessful { get; init; }

    /// <summary>Skipped files (notes) and parts of the audit that failed (errors).</summary>
    public required ImmutableArray<SarifNotification> ToolExecutionNotifications { get; init; }

    /// <summary>Suppressions that are stale: they matched nothing or have expired.</summary>
    public required ImmutableArray<SarifNotification> ToolConfigurationNotifications { get; init; }
}
