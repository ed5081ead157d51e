using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Fastly
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC144",
        Name = "fastly-api-token",
        Provider = "Fastly",
        Reference = "https://docs.fastly.com/en/guides/using-api-tokens",
        Detectors =
        [
            new()
            {
                Id = "fastly-api-token",
                Provider = "Fastly",
                Label = "API token",
                Keywords = ["fastly"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Fastly API token in cdn/purge.sh",
                ("cdn/purge.sh", """
                    FASTLY_API_TOKEN=[|e-WnQAZWASX5sPQTPfhdnsFkQQLYUosV|] fastly purge --all
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    FASTLY_API_TOKEN = os.environ["FASTLY_API_TOKEN"]
                    """)),
            RuleExample.Good(
                "a service ID is not a token",
                ("fastly.toml", """
                    service_id = "SU1Z0isxPaozGVKXdv0eY"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:fastly)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?(?:token|key)|token|key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9_\-]{32})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
