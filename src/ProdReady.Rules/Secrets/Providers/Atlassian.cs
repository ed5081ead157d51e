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
                    JIRA_API_TOKEN=[|ATATT3NEA2EupM_xO7i3FYMXVq1mMby_rbeDRoZ6ltOERz5hXvlO8cJ8kgXSxA6aeQgAos9G6uCGCaVqO8MfXZZOUt-Ll2iSSZg16xBj3z1jqqSojWPNl_oEcLNESxfkwShYDBcVYFYtaPlozdwy8g-qR4Ethml6unupwbFUP-MD4OVAgHOZUH9shh|]
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
