using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Braintree
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC160",
        Name = "braintree-access-token",
        Provider = "Braintree",
        Reference = "https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials",
        Detectors =
        [
            new()
            {
                Id = "braintree-access-token",
                Provider = "Braintree",
                Label = "access token",
                Keywords = ["access_token$"],
                Pattern = Pattern(),
                Check = TokenChecks.LiveOrTest,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Braintree access token in payments/gateway.py",
                ("payments/gateway.py", """
                    gateway = braintree.BraintreeGateway(access_token="[|access_token$production$5md1hh5b6lrf236s$35badca36709d586236aa52da4137011|]")
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    BRAINTREE_ACCESS_TOKEN = os.environ["BRAINTREE_ACCESS_TOKEN"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Tokens look like access_token$production$…
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
