using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Linear
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC124",
        Name = "linear-api-key",
        Provider = "Linear",
        Reference = "https://linear.app/developers/graphql#personal-api-keys",
        Detectors =
        [
            new()
            {
                Id = "linear-api-key",
                Provider = "Linear",
                Label = "API key",
                Keywords = ["lin_api_", "lin_oauth_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a personal API key in a script",
                ("scripts/sync.ts", """
                    const linear = new LinearClient({ apiKey: "[|lin_api_7ununpyJE2r71lkFMMB57J8YD8AcsIWyx5Rx5Ktl|]" });
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("scripts/sync.ts", """
                    const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });
                    """)),
            RuleExample.Good(
                "too short",
                ("README.md", """
                    lin_api_123
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>lin_(?:api|oauth)_[A-Za-z0-9]{40})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
