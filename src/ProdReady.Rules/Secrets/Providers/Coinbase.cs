using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Coinbase
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC165",
        Name = "coinbase-api-secret",
        Provider = "Coinbase",
        Reference = "https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys",
        Detectors =
        [
            new()
            {
                Id = "coinbase-api-secret",
                Provider = "Coinbase",
                Label = "API secret",
                Keywords = ["coinbase"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Coinbase API secret in trading/.env",
                ("trading/.env", """
                    COINBASE_API_SECRET=[|QOmelnQboMeRWO5VzvnBgQaNmHLKbqII7jEWoJA/PMBPzr+GpG4KjpqbF5XdQpkc|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    COINBASE_API_SECRET = os.environ["COINBASE_API_SECRET"]
                    """)),
            RuleExample.Good(
                "an API key name is an identifier",
                ("trading/config.py", """
                    COINBASE_KEY_NAME = "organizations/shop/apiKeys/main"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:coinbase)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?secret|secret|private[_\-]?key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9+/=_\-]{32,88})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
