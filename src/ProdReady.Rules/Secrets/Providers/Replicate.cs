using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Replicate
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC171",
        Name = "replicate-api-token",
        Provider = "Replicate",
        Reference = "https://replicate.com/docs/topics/security/api-tokens",
        Detectors =
        [
            new()
            {
                Id = "replicate-api-token",
                Provider = "Replicate",
                Label = "API token",
                Keywords = ["r8_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Replicate API token in gen/image.py",
                ("gen/image.py", """
                    client = replicate.Client(api_token="[|r8_tQ5yjk5vwKXdFOyqnqKZhBYORuksg4WyJdmae|]")
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    REPLICATE_API_TOKEN = os.environ["REPLICATE_API_TOKEN"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Tokens start with r8_.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>r8_[A-Za-z0-9]{37})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
