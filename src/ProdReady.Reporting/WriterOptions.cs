namespace ProdReady.Reporting;

/// <summary>How output is presented: colour only on an interactive terminal without NO_COLOR; width for the terminal.</summary>
public sealed record WriterOptions(bool Color = false, int Width = 120)
{
    /// <summary>List each suppressed finding with its source, reason and expiry, not only their number.</summary>
    public bool ListSuppressed { get; init; }
}
