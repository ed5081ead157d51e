using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class XAi
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC176",
        Name = "xai-api-key",
        Provider = "xAI",
        Reference = "https://docs.x.ai/docs/overview",
        Detectors =
        [
            new()
            {
                Id = "xai-api-key",
                Provider = "xAI",
                Label = "API key",
                Keywords = ["xai-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a xAI API key in llm/grok.py",
                ("llm/grok.py", """
                    XAI_API_KEY = "[|xai-Lv9pUeNcBlgDbHFqq9ngsW8Jcd9lsLpxas8rjxU1grxCPKJUyRawPtl0Vkg57uQ8jR7sONFVvqyS6KSO|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    XAI_API_KEY = os.environ["XAI_API_KEY"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Keys start with xai-.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>xai-[A-Za-z0-9]{80})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
