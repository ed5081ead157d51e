using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Square
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC119",
        Name = "square-token",
        Provider = "Square",
        Reference = "https://developer.squareup.com/docs/build-basics/access-tokens",
        Detectors =
        [
            new()
            {
                Id = "square-token",
                Provider = "Square",
                Label = "access token",
                Keywords = ["EAAA", "sq0atp-", "sq0csp-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a production access token and an OAuth secret",
                (".env", """
                    SQUARE_ACCESS_TOKEN=[|EAAATiPRVhlg830VQ0CmZ4KyBaVt3mtOXj1OaptdSJP8JQZGU5GzgxW7oziLL3x3|]
                    SQUARE_OAUTH_SECRET=[|sq0csp-bhZ-c1nR2F48fGBntFCGSdttmStaP53xliKvPTVqB6a|]
                    """)),
            RuleExample.Bad(
                "a provider token in a test is still a live credential (reported, at low severity)",
                ("tests/test_payments.py", """
                    CLIENT = Client(access_token="[|EAAATiPRVhlg830VQ0CmZ4KyBaVt3mtOXj1OaptdSJP8JQZGU5GzgxW7oziLL3x3|]")
                    """)),
            RuleExample.Good(
                "a short EAAA string",
                ("app.py", """
                    CODE = "EAAA-1"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app.py", """
                    token = os.environ["SQUARE_ACCESS_TOKEN"]
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>EAAA[A-Za-z0-9_\-]{60}|sq0atp-[0-9A-Za-z_\-]{22}|sq0csp-[0-9A-Za-z_\-]{43})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
