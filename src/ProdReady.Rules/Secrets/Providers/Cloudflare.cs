using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Cloudflare
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC143",
        Name = "cloudflare-api-token",
        Provider = "Cloudflare",
        Reference = "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/",
        Detectors =
        [
            new()
            {
                Id = "cloudflare-api-token",
                Provider = "Cloudflare",
                Label = "API token or key",
                Keywords = ["cloudflare", "cf_api", "cf-api", "v1.0-"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Cloudflare API token or key in infra/.env.production",
                ("infra/.env.production", """
                    CLOUDFLARE_API_TOKEN=[|L_p8B_hK44CcbVLZEc8Pcs6KSIIxYK5MHIhhPqSc|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    CLOUDFLARE_API_TOKEN = os.environ["CLOUDFLARE_API_TOKEN"]
                    """)),
            RuleExample.Good(
                "a zone ID is an identifier",
                ("wrangler.toml", """
                    zone_id = "6b6ca27e616bdc055ffe09d6b56ee73e"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:cloudflare|cf)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?(?:token|key)|token)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9_\-]{40}|[a-f0-9]{37})(?![A-Za-z0-9_\-])|\b(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
