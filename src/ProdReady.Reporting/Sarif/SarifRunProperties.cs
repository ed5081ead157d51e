namespace ProdReady.Reporting.Sarif;

/// <summary>The audit's own summary, which SARIF has no place for: verdict and score.</summary>
public sealed record SarifRunProperties
{
    public required string Verdict { get; init; }

    public required string VerdictReason { get; init; }

    public required int Score { get; init; }
}
