using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Plaid
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC159",
        Name = "plaid-secret",
        Provider = "Plaid",
        Reference = "https://plaid.com/docs/account/security/#rotating-keys",
        Detectors =
        [
            new()
            {
                Id = "plaid-secret",
                Provider = "Plaid",
                Label = "secret or access token",
                Keywords = ["plaid", "access-production-", "access-development-", "access-sandbox-"],
                Pattern = Pattern(),
                Check = TokenChecks.LiveOrTest,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Plaid secret or access token in banking/.env.production",
                ("banking/.env.production", """
                    PLAID_SECRET=[|3a168e9bf90ea3f793883a696c7a16|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    PLAID_SECRET = os.environ["PLAID_SECRET"]
                    """)),
            RuleExample.Good(
                "the client ID is not the secret",
                ("banking/config.py", """
                    PLAID_CLIENT_ID = "7a9f870c44744af01b74b4b4"
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b|(?<key>(?i:plaid)[A-Za-z0-9_.\-]{0,20}(?i:secret)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[a-f0-9]{30})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
