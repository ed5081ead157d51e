using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Netlify
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC145",
        Name = "netlify-token",
        Provider = "Netlify",
        Reference = "https://docs.netlify.com/api/get-started/#authentication",
        Detectors =
        [
            new()
            {
                Id = "netlify-token",
                Provider = "Netlify",
                Label = "access token",
                Keywords = ["netlify", "nfp_"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Netlify access token in deploy.sh",
                ("deploy.sh", """
                    NETLIFY_AUTH_TOKEN=[|nfp_6dhZ20cJ080TFava3mTPRWhKRy4EArhG4gST|] netlify deploy --prod
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    NETLIFY_AUTH_TOKEN = os.environ["NETLIFY_AUTH_TOKEN"]
                    """)),
            RuleExample.Good(
                "a site ID is a UUID identifier",
                ("netlify.toml", """
                    [build]
                      publish = "dist"
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>nfp_[A-Za-z0-9]{36})\b|(?<key>(?i:netlify)[A-Za-z0-9_.\-]{0,20}(?i:auth[_\-]?token|token)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9_\-]{40,46})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
