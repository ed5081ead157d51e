using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Contentful
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC155",
        Name = "contentful-token",
        Provider = "Contentful",
        Reference = "https://www.contentful.com/developers/docs/references/authentication/",
        Detectors =
        [
            new()
            {
                Id = "contentful-token",
                Provider = "Contentful",
                Label = "management token",
                Keywords = ["CFPAT-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Contentful management token in cms/migrate.js",
                ("cms/migrate.js", """
                    const client = contentful.createClient({ accessToken: "[|CFPAT-hbH3UbqL_fwXt3VEtugcr-ygkHd86uT9Rrvbj9UPafR|]" });
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    CONTENTFUL_MANAGEMENT_TOKEN = os.environ["CONTENTFUL_MANAGEMENT_TOKEN"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Management tokens start with CFPAT-.
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>CFPAT-[A-Za-z0-9_\-]{43})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
