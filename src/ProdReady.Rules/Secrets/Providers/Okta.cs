using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Okta
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC149",
        Name = "okta-api-token",
        Provider = "Okta",
        Reference = "https://developer.okta.com/docs/guides/create-an-api-token/main/",
        Detectors =
        [
            new()
            {
                Id = "okta-api-token",
                Provider = "Okta",
                Label = "API token",
                Keywords = ["okta"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Okta API token in sso/okta.py",
                ("sso/okta.py", """
                    OKTA_API_TOKEN = "[|00rlWXW6sVuN9YnQgqvV2S47nsJYgR-Dw2-t23Atp7|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    OKTA_API_TOKEN = os.environ["OKTA_API_TOKEN"]
                    """)),
            RuleExample.Good(
                "an org URL is not a token",
                ("sso/okta.py", """
                    OKTA_ORG_URL = "https://shop.okta.com"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:okta)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?token|token|key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>00[A-Za-z0-9_\-]{40})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
