using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class NewRelic
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC132",
        Name = "new-relic-key",
        Provider = "New Relic",
        Reference = "https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/",
        Detectors =
        [
            new()
            {
                Id = "new-relic-key",
                Provider = "New Relic",
                Label = "API key",
                Keywords = ["NRAK-", "NRJS-", "NRII-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a New Relic API key in newrelic.yml",
                ("newrelic.yml", """
                    api_key: [|NRAK-FA1XJDIX2056J83V2DZFVHQFCDC|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    NEW_RELIC_API_KEY = os.environ["NEW_RELIC_API_KEY"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    User keys start with NRAK-.
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_\-]{32})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
