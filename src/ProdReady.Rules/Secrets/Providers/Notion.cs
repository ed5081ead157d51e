using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Notion
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC125",
        Name = "notion-token",
        Provider = "Notion",
        Reference = "https://developers.notion.com/docs/authorization",
        Detectors =
        [
            new()
            {
                Id = "notion-token",
                Provider = "Notion",
                Label = "integration token",
                Keywords = ["ntn_", "secret_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an integration token in .env and a legacy one in JS",
                (".env", """
                    NOTION_TOKEN=[|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|]
                    """),
                ("notion.js", """
                    const notion = new Client({ auth: '[|secret_SSHMl5QHyNEQ5NInoX1Skb1F6rF6TUd591Dw5oqmbul|]' });
                    """)),
            RuleExample.Good(
                "a secret_ identifier that is not 43 random characters",
                ("settings.py", """
                    secret_key_name = "secret_name_for_vault"
                    """)),
            RuleExample.Good(
                "a placeholder",
                (".env.example", """
                    NOTION_TOKEN=secret_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
