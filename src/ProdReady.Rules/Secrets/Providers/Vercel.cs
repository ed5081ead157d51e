using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Vercel
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC146",
        Name = "vercel-token",
        Provider = "Vercel",
        Reference = "https://vercel.com/docs/rest-api#creating-an-access-token",
        Detectors =
        [
            new()
            {
                Id = "vercel-token",
                Provider = "Vercel",
                Label = "access token",
                Keywords = ["vercel"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Vercel access token in .github/workflows/deploy.yml",
                (".github/workflows/deploy.yml", """
                    env:
                      VERCEL_TOKEN: [|mp6AXGUPaY4oaEhEJSIEULlx|]
                    """)),
            RuleExample.Good(
                "the token comes from repository secrets",
                (".github/workflows/deploy.yml", """
                    env:
                      VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}
                    """)),
            RuleExample.Good(
                "a project name is not a token",
                ("vercel.json", """
                    { "name": "shop-storefront" }
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:vercel)[A-Za-z0-9_.\-]{0,20}(?i:token|api[_\-]?key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
