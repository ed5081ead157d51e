using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Slack
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC106",
        Name = "slack-token",
        Provider = "Slack",
        Reference = "https://api.slack.com/authentication/token-types",
        Detectors =
        [
            new()
            {
                Id = "slack-token",
                Provider = "Slack",
                Label = "token",
                Keywords = ["xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xoxs-", "xoxe-", "xapp-"],
                Pattern = Pattern1(),
                Check = TokenChecks.Real,
            },
            new()
            {
                Id = "slack-webhook",
                Provider = "Slack",
                Label = "incoming webhook URL",
                Keywords = ["hooks.slack.com"],
                Pattern = Pattern2(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a bot token in Python and a user token in .env",
                ("bot/app.py", """
                    client = WebClient(token="[|xoxb-883626693596-3244542287466-3QP2IpHo7joywu0ABROxF6LV|]")
                    """),
                (".env", """
                    SLACK_USER_TOKEN=[|xoxp-437505176896-937295330284-7682834748532-e493e2729e0cb9d2806fdca2b532bd1f|]
                    """)),
            RuleExample.Bad(
                "an incoming webhook URL in a deployment guide",
                ("docs/deploy.md", """
                    Alerts go to [|https://hooks.slack.com/services/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|] once deployed.
                    """)),
            RuleExample.Good(
                "Slack's documented placeholder webhook",
                ("README.md", """
                    SLACK_WEBHOOK=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
                    """)),
            RuleExample.Good(
                "a token prefix in a type check",
                ("bot/tokens.py", """
                    if token.startswith("xoxb-"):
                        kind = "bot"
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>xox[bpaeors]-(?:[0-9]{8,13}-){1,3}[A-Za-z0-9]{20,64}|xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern1();

    [GeneratedRegex(@"(?<secret>https://hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/[A-Z0-9]{8,12}/[A-Za-z0-9]{20,32})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern2();
}
