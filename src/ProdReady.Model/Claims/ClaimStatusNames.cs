namespace ProdReady.Model.Claims;

public static class ClaimStatusNames
{
    public static string Id(this ClaimStatus status) => status switch
    {
        ClaimStatus.Supported => "supported",
        ClaimStatus.Contradicted => "contradicted",
        ClaimStatus.NoEvidence => "no-evidence",
        ClaimStatus.NotCheckable => "not-checkable",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
