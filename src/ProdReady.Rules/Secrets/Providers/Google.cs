using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Google
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC101",
        Name = "google-credential",
        Provider = "Google",
        Reference = "https://cloud.google.com/docs/authentication/api-keys",
        Detectors =
        [
            new()
            {
                Id = "google-api-key",
                Provider = "Google",
                Label = "API key",
                Keywords = ["AIza"],
                Pattern = Pattern1(),
                Check = TokenChecks.Real,
            },
            new()
            {
                Id = "google-oauth-client-secret",
                Provider = "Google",
                Label = "OAuth client secret",
                Keywords = ["GOCSPX-"],
                Pattern = Pattern2(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Maps API key in frontend code and an OAuth client secret in YAML",
                ("web/src/map.js", """
                    const key = "[|AIzaZtxr9Pko2JjCKlpXFB7BSv0hD9Oi22Jc8FQ|]";
                    """),
                ("config/oauth.yaml", """
                    google:
                      client_secret: [|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|]
                    """)),
            RuleExample.Good(
                "a truncated key in a tutorial is not a usable credential",
                ("README.md", """
                    Set GOOGLE_API_KEY to your key (it looks like AIzaSyD...).
                    """)),
            RuleExample.Good(
                "the key is read from the environment",
                ("app/maps.py", """
                    key = os.environ["GOOGLE_API_KEY"]
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>AIza[0-9A-Za-z_\-]{35})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern1();

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>GOCSPX-[0-9A-Za-z_\-]{28})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern2();
}
