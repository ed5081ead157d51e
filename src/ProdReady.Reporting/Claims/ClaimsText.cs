using ProdReady.Model.Claims;

namespace ProdReady.Reporting.Claims;

internal static class ClaimsText
{
    public static IReadOnlyList<ClaimStatus> Order { get; } =
        [ClaimStatus.Contradicted, ClaimStatus.NoEvidence, ClaimStatus.Supported, ClaimStatus.NotCheckable];

    public static string Label(this ClaimStatus status) => status switch
    {
        ClaimStatus.Contradicted => "Contradicted",
        ClaimStatus.NoEvidence => "No evidence",
        ClaimStatus.Supported => "Supported",
        _ => "Not checkable",
    };

    public static string Summary(ClaimsReport report) =>
        $"{ReportText.Plural(report.Claims.Length, "claim", "claims")}: "
        + string.Join(", ", Order.Select(s => $"{ReportText.Number(report.Count(s))} {s.Id()}"));

    public static string Evidence(CheckedClaim claim) => string.Join("; ", claim.Evidence.Select(e => e.Text.Value));
}
