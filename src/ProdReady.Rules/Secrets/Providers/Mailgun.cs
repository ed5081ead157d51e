using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Mailgun
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC110",
        Name = "mailgun-api-key",
        Provider = "Mailgun",
        Reference = "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#api-keys",
        Detectors =
        [
            new()
            {
                Id = "mailgun-api-key",
                Provider = "Mailgun",
                Label = "API key",
                Keywords = ["mailgun"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a private API key next to the Mailgun client",
                ("mail.py", """
                    mailgun = Mailgun(api_key="[|key-f29d1b9e1428d3a375d65e7a32bddfe6|]")
                    """)),
            RuleExample.Good(
                "a hex key with no Mailgun context is not claimed for Mailgun",
                ("cache.py", """
                    CACHE_KEY = "key-e48cfe128bf73dc8abd1e274685eb623"
                    """)),
            RuleExample.Good(
                "a placeholder Mailgun key",
                (".env.example", """
                    MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                    """)),
        ],
    };

    [GeneratedRegex(@"(?i:mailgun)[^\n]{0,60}?(?<secret>\bkey-[0-9a-f]{32}\b|\b[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}\b)", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
