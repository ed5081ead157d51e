using ProdReady.Model;
using ProdReady.Model.Claims;

namespace ProdReady.Tests.Claims;

/// <summary>A hand-made claims report with one claim of each status and text that tries to inject markup.</summary>
internal static class SampleClaimsReport
{
    public static ClaimsReport Create() => new()
    {
        Document = "docs/READINESS.md",
        Target = "repos/shop-api",
        Claims =
        [
            new CheckedClaim
            {
                Line = 12,
                Text = Redactor.Text("Rate limiting on every endpoint"),
                Topic = "rate-limiting",
                Status = ClaimStatus.Supported,
                Evidence = [new ClaimEvidence { RuleId = "SCU002", File = "app/limits.py", Line = 4, Text = Redactor.Text("SCU002: rate limiting: Limiter in app/limits.py:4") }],
            },
            new CheckedClaim
            {
                Line = 13,
                Text = Redactor.Text("CORS | locked <script>alert(1)</script>"),
                Topic = "cors",
                Status = ClaimStatus.Contradicted,
                Evidence =
                [
                    new ClaimEvidence { RuleId = "SCU001", File = "app/main.py", Line = 20, Text = Redactor.Text("SCU001 app/main.py:20: CORS allows any origin") },
                    new ClaimEvidence { RuleId = "SCU001", File = "app/main.py", Line = 21, Text = Redactor.Text("SCU001 app/main.py:21: CORS allows any origin") },
                ],
            },
            new CheckedClaim
            {
                Line = 20,
                Text = Redactor.Text("Automated backups"),
                Topic = "backups-disaster-recovery",
                Status = ClaimStatus.NoEvidence,
                Evidence = [new ClaimEvidence { Text = Redactor.Trusted("searched for a file matching **/*backup*") }],
            },
            new CheckedClaim
            {
                Line = 31,
                Text = Redactor.Text("Support team trained"),
                Topic = "organisational",
                Status = ClaimStatus.NotCheckable,
                Evidence = [new ClaimEvidence { Text = Redactor.Trusted("an organisational claim: nothing in a repository can show it") }],
            },
        ],
    };
}
