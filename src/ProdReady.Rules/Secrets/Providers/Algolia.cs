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
                    const ALGOLIA_ADMIN_KEY = "[|ec146b573f060dff216088cc482d264e|]";
                    """)),
            RuleExample.Good(
                "a search-only key is public by design",
                ("web/search.js", """
                    const ALGOLIA_SEARCH_KEY = "1686311c2356fb820764d282eaa53ebc";
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
