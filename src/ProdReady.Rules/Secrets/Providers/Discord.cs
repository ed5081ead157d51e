using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Discord
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC120",
        Name = "discord-token",
        Provider = "Discord",
        Reference = "https://discord.com/developers/docs/reference#authentication",
        Detectors =
        [
            new()
            {
                Id = "discord-bot-token",
                Provider = "Discord",
                Label = "bot token",
                Keywords = ["discord"],
                Pattern = Pattern1(),
                Check = TokenChecks.Real,
            },
            new()
            {
                Id = "discord-webhook",
                Provider = "Discord",
                Label = "webhook URL",
                Keywords = ["/api/webhooks/"],
                Pattern = Pattern2(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a bot token and a webhook",
                ("bot/main.py", """
                    DISCORD_TOKEN = "[|MOqkJS-QId6fVPI0LDgo8mJe62.3OTRQT.1nZa6UOddKn7tUiJ6sUCFD7uo_KChkGMxqKHAV|]"
                    """),
                ("alerts.js", """
                    const hook = '[|https://discord.com/api/webhooks/967540548324983428/eJOJXpSyRofsO4xTd-CFGtf3tufcYXdyuglzMCsin57vD4I4IP3XnYmrIDLyFsRhl03S|]';
                    """)),
            RuleExample.Good(
                "a bot token read from the environment",
                ("bot/main.py", """
                    client.run(os.environ["DISCORD_TOKEN"])
                    """)),
            RuleExample.Good(
                "a webhook URL with its token elided",
                ("README.md", """
                    https://discord.com/api/webhooks/<id>/<token>
                    """)),
        ],
    };

    [GeneratedRegex(@"(?i:discord)[^\n]{0,60}?\b(?<secret>[MNO][A-Za-z0-9_\-]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern1();

    [GeneratedRegex(@"(?<secret>https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,70})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern2();
}
