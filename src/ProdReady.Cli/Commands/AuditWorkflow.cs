namespace ProdReady.Cli.Commands;

/// <summary>The audit options about suppressions, baselines and CI scope.</summary>
public sealed record AuditWorkflow
{
    public static AuditWorkflow None { get; } = new();

    /// <summary>Inline <c>prodready:ignore</c> comments are neither applied nor reported.</summary>
    public bool Strict { get; init; }

    public string? BaselinePath { get; init; }

    public bool ListSuppressed { get; init; }

    public string? ChangedSince { get; init; }

    /// <summary>The day <c>until</c> dates are compared with; null means today's UTC date. Set by tests.</summary>
    public DateOnly? Today { get; init; }
}
