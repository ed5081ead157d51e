using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Mailchimp
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC140",
        Name = "mailchimp-api-key",
        Provider = "Mailchimp",
        Reference = "https://mailchimp.com/developer/marketing/guides/quick-start/",
        Detectors =
        [
            new()
            {
                Id = "mailchimp-api-key",
                Provider = "Mailchimp",
                Label = "API key",
                Keywords = ["-us"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Mailchimp API key in newsletter.py",
                ("newsletter.py", """
                    client.set_config({"api_key": "[|95fd1343081a283872ff892ff68b7165-us21|]", "server": "us21"})
                    """)),
            RuleExample.Good(
                "a locale is not a key",
                ("i18n.js", """
                    const locale = 'en-us';
                    """)),
            RuleExample.Good(
                "a placeholder key",
                (".env.example", """
                    MAILCHIMP_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us21
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>[0-9a-f]{32}-us[0-9]{1,2})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
