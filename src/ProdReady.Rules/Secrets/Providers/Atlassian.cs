using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Atlassian
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC129",
        Name = "atlassian-api-token",
        Provider = "Atlassian",
        Reference = "https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/",
        Detectors =
        [
            new()
            {
                Id = "atlassian-api-token",
                Provider = "Atlassian",
                Label = "API token",
                Keywords = ["ATATT3", "ATCTT3"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Atlassian API token in .env",
                (".env", """
                    JIRA_API_TOKEN=[|ATATT3xBj3z1jqqSojWPNl_oEcLNESxfkwShYDBcVYFYtaPlozdwy8g-qR4Ethml6unupwbFUP-MD4OVAgHOZUH9shhezEVMdQQP7-3kdhPUNC3EX3rE_8WW4dab0W_QmLoVzC5IIGocfmm9o1hNPVk4wubkn4tGNMnMiQtrZZEEHT9nehnDMuWx4K|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    JIRA_API_TOKEN = os.environ["JIRA_API_TOKEN"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Tokens start with ATATT3xFfGF0…
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>AT[AC]TT3[A-Za-z0-9_\-=]{150,250})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
