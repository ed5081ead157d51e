using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class GitHub
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC104",
        Name = "github-token",
        Provider = "GitHub",
        Reference = "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation",
        Detectors =
        [
            new()
            {
                Id = "github-classic-token",
                Provider = "GitHub",
                Label = "token",
                Keywords = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
                Pattern = Pattern1(),
                Check = TokenChecks.GitHub,
            },
            new()
            {
                Id = "github-fine-grained-token",
                Provider = "GitHub",
                Label = "fine-grained personal access token",
                Keywords = ["github_pat_"],
                Pattern = Pattern2(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a classic token whose CRC-32 checksum verifies, in a shell script",
                ("scripts/release.sh", """
                    export GITHUB_TOKEN=[|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|]
                    """)),
            RuleExample.Bad(
                "a fine-grained token in YAML and an app installation token in JS",
                (".github/bot.yml", """
                    token: [|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|]
                    """),
                ("bot/index.js", """
                    const auth = '[|ghs_H9ofsPFnxnmOQm3IzOwKAUxGLFNPPk2yklrD|]';
                    """)),
            RuleExample.Good(
                "a token-shaped string whose checksum does not verify was not issued by GitHub",
                ("tests/data.py", """
                    TOKEN = "ghp_tvzFYdxCjbHQrt1fPMAAWa0Rlc8coMAAAAAB"
                    """)),
            RuleExample.Good(
                "a truncated token in prose",
                ("README.md", """
                    Create a token (it starts with ghp_) and export it.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>gh[pousr]_[A-Za-z0-9]{36})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern1();

    [GeneratedRegex(@"\b(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern2();
}
