using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class SendGrid
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC109",
        Name = "sendgrid-api-key",
        Provider = "SendGrid",
        Reference = "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
        Detectors =
        [
            new()
            {
                Id = "sendgrid-api-key",
                Provider = "SendGrid",
                Label = "API key",
                Keywords = ["SG."],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an API key in Django settings",
                ("shop/settings.py", """
                    SENDGRID_API_KEY = "[|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|]"
                    """)),
            RuleExample.Bad(
                "an API key in a YAML config",
                ("config/mail.yml", """
                    sendgrid:
                      key: '[|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|]'
                    """)),
            RuleExample.Good(
                "a truncated key in a README",
                ("README.md", """
                    Your key looks like SG.xxxxx.yyyyy
                    """)),
            RuleExample.Good(
                "an unrelated SG. identifier that is too short",
                ("infra/sg.tf", """
                    name = "SG.web-ingress"
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
