using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Heroku
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC122",
        Name = "heroku-api-key",
        Provider = "Heroku",
        Reference = "https://devcenter.heroku.com/articles/authentication",
        Detectors =
        [
            new()
            {
                Id = "heroku-api-key",
                Provider = "Heroku",
                Label = "API key",
                Keywords = ["HRKU-", "heroku"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a new-format API key and a legacy UUID key named for Heroku",
                ("deploy.sh", """
                    export HEROKU_API_KEY=[|HRKU-AALK0X1i1wqZ8e_IC31JD--DL8VmVz4UBD4D3lLpMSxRnjQCNiZm2SyBbhw8|]
                    """),
                ("ci/.env.production", """
                    HEROKU_API_KEY=[|b8756f2f-8c50-f3b2-1c93-fc2b43b2601c|]
                    """)),
            RuleExample.Good(
                "a UUID that is not assigned to a Heroku credential",
                ("fixtures/ids.json", """
                    { "heroku_app_id": "b8756f2f-8c50-f3b2-1c93-fc2b43b2601c" }
                    """)),
            RuleExample.Good(
                "read from CI secrets",
                (".github/workflows/deploy.yml", """
                          HEROKU_API_KEY: ${{ secrets.HEROKU_API_KEY }}
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>HRKU-AA[0-9A-Za-z_\-]{58})(?![A-Za-z0-9_\-])|(?<key>(?i:heroku)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?key|token|secret)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
