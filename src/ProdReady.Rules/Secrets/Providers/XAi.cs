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
                    XAI_API_KEY = "[|xai-alB47Ux5R6PELNWkilhf3psk66Js7Zegj5GjBT6T82ha8d5GBxGHsPNWDyot6rzmpEzITK9t5hU5lcA9|]"
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
