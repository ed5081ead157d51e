using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Postman
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC134",
        Name = "postman-api-key",
        Provider = "Postman",
        Reference = "https://learning.postman.com/docs/developer/postman-api/authentication/",
        Detectors =
        [
            new()
            {
                Id = "postman-api-key",
                Provider = "Postman",
                Label = "API key",
                Keywords = ["PMAK-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Postman API key in scripts/sync-collections.sh",
                ("scripts/sync-collections.sh", """
                    curl -H "X-Api-Key: [|PMAK-db8214b33ab16140ce9b94ef-c3b2b3cd54ee81d8ad64ef60609dfcfb60|]" https://api.getpostman.com/collections
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    POSTMAN_API_KEY = os.environ["POSTMAN_API_KEY"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Keys look like PMAK-…
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
