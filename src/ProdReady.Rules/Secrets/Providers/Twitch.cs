using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Twitch
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC151",
        Name = "twitch-client-secret",
        Provider = "Twitch",
        Reference = "https://dev.twitch.tv/docs/authentication/register-app/",
        Detectors =
        [
            new()
            {
                Id = "twitch-client-secret",
                Provider = "Twitch",
                Label = "client secret or token",
                Keywords = ["twitch"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Twitch client secret or token in stream/config.py",
                ("stream/config.py", """
                    TWITCH_CLIENT_SECRET = "[|vs6plgik57acvn9jj0t9gnxtch49do|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    TWITCH_CLIENT_SECRET = os.environ["TWITCH_CLIENT_SECRET"]
                    """)),
            RuleExample.Good(
                "a channel name is not a secret",
                ("stream/config.py", """
                    TWITCH_CHANNEL = "shoplive"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:twitch)[A-Za-z0-9_.\-]{0,20}(?i:client[_\-]?secret|secret|token)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[a-z0-9]{30})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
