using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Telegram
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC121",
        Name = "telegram-bot-token",
        Provider = "Telegram",
        Reference = "https://core.telegram.org/bots/api#authorizing-your-bot",
        Detectors =
        [
            new()
            {
                Id = "telegram-bot-token",
                Provider = "Telegram",
                Label = "bot token",
                Keywords = [":AA"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a bot token in a Python bot",
                ("bot.py", """
                    bot = Bot(token="[|5536547589:AAH1tNmsxBkixfneD_nPO3ZzxsMW1Ix9bz5|]")
                    """)),
            RuleExample.Good(
                "BotFather's documented sample token is elided",
                ("README.md", """
                    TOKEN=123456789:AA...
                    """)),
            RuleExample.Good(
                "a timestamp followed by AA text",
                ("log.txt", """
                    12:AA started
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>[0-9]{8,10}:AA[A-Za-z0-9_\-]{33})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
