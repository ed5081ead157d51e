using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Perplexity
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC173",
        Name = "perplexity-api-key",
        Provider = "Perplexity",
        Reference = "https://docs.perplexity.ai/guides/getting-started",
        Detectors =
        [
            new()
            {
                Id = "perplexity-api-key",
                Provider = "Perplexity",
                Label = "API key",
                Keywords = ["pplx-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Perplexity API key in search/pplx.py",
                ("search/pplx.py", """
                    PPLX_KEY = "[|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|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    PPLX_KEY = os.environ["PPLX_KEY"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Keys start with pplx-.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>pplx-[A-Za-z0-9]{48})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
