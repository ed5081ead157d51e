using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Shopify
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC118",
        Name = "shopify-token",
        Provider = "Shopify",
        Reference = "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens",
        Detectors =
        [
            new()
            {
                Id = "shopify-token",
                Provider = "Shopify",
                Label = "access token",
                Keywords = ["shpat_", "shpss_", "shpca_", "shppa_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an admin API access token and a shared secret",
                ("shop/config.js", """
                    module.exports = { token: '[|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|]', secret: '[|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|]' };
                    """)),
            RuleExample.Good(
                "a placeholder token",
                (".env.example", """
                    SHOPIFY_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
                    """)),
            RuleExample.Good(
                "too short to be a token",
                ("notes.md", """
                    shpat_1f2e
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
