using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Adyen
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC161",
        Name = "adyen-api-key",
        Provider = "Adyen",
        Reference = "https://docs.adyen.com/development-resources/api-credentials/",
        Detectors =
        [
            new()
            {
                Id = "adyen-api-key",
                Provider = "Adyen",
                Label = "API key",
                Keywords = ["adyen"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Adyen API key in payments/adyen.ts",
                ("payments/adyen.ts", """
                    const ADYEN_API_KEY = "[|AQEsOuIaP1+8BmlUo0sJ6+1Zb8JFfKAlxKNsYX8IJdN+hihLB1rWSaZug0iLynqn3FpadU0x+AonHRoLMAvTl/qi29TBif7PIgkmffY1YyCJpLH6p4sLxv49fWH=|]";
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    ADYEN_API_KEY = os.environ["ADYEN_API_KEY"]
                    """)),
            RuleExample.Good(
                "the merchant account name is not a key",
                ("payments/adyen.ts", """
                    const ADYEN_MERCHANT = "ShopECOM";
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:adyen)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?key|key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>AQE[A-Za-z0-9+/=_\-.]{60,300})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
