using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Algolia
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC142",
        Name = "algolia-admin-key",
        Provider = "Algolia",
        Reference = "https://www.algolia.com/doc/guides/security/api-keys/",
        Detectors =
        [
            new()
            {
                Id = "algolia-admin-key",
                Provider = "Algolia",
                Label = "admin API key",
                Keywords = ["algolia"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Algolia admin API key in search/index.js",
                ("search/index.js", """
                    const ALGOLIA_ADMIN_KEY = "[|73f5da4352d274dad192618db2f4de9d|]";
                    """)),
            RuleExample.Good(
                "a search-only key is public by design",
                ("web/search.js", """
                    const ALGOLIA_SEARCH_KEY = "09ba74b126db5b4a9772d1b6b5448929";
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    ALGOLIA_ADMIN_KEY = os.environ["ALGOLIA_ADMIN_KEY"]
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:algolia)[A-Za-z0-9_.\-]{0,20}(?i:admin[_\-]?(?:api[_\-]?)?key|write[_\-]?(?:api[_\-]?)?key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[a-f0-9]{32})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
