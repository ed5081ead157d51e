using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Zendesk
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC157",
        Name = "zendesk-api-token",
        Provider = "Zendesk",
        Reference = "https://support.zendesk.com/hc/en-us/articles/4408889192858",
        Detectors =
        [
            new()
            {
                Id = "zendesk-api-token",
                Provider = "Zendesk",
                Label = "API token",
                Keywords = ["zendesk"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Zendesk API token in support/settings.py",
                ("support/settings.py", """
                    ZENDESK_API_TOKEN = "[|XkBe440J4iqjxS4MI1flkDMctSx10hVy6UseY3OD|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    ZENDESK_API_TOKEN = os.environ["ZENDESK_API_TOKEN"]
                    """)),
            RuleExample.Good(
                "a subdomain is not a token",
                ("support/settings.py", """
                    ZENDESK_SUBDOMAIN = "shop"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:zendesk)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?token|token)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
