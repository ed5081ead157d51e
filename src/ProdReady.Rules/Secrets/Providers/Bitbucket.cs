using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Bitbucket
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC130",
        Name = "bitbucket-app-password",
        Provider = "Bitbucket",
        Reference = "https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/",
        Detectors =
        [
            new()
            {
                Id = "bitbucket-app-password",
                Provider = "Bitbucket",
                Label = "app password",
                Keywords = ["ATBB"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Bitbucket app password in ci/clone.sh",
                ("ci/clone.sh", """
                    git clone https://bot:[|ATBBn1CcKLkvIWqbWOE7SOasmexFjPBKdSft|]@bitbucket.org/shop/api.git
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    BITBUCKET_APP_PASSWORD = os.environ["BITBUCKET_APP_PASSWORD"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    App passwords begin with ATBB.
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>ATBB[A-Za-z0-9_=.\-]{28,40})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
