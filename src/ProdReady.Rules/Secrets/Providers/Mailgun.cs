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
                    mailgun = Mailgun(api_key="[|key-d8ba16bb58e45474677049ee00e35714|]")
                    """)),
            RuleExample.Good(
                "a hex key with no Mailgun context is not claimed for Mailgun",
                ("cache.py", """
                    CACHE_KEY = "key-e162da7c711946545126ee1e17f6383b"
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
