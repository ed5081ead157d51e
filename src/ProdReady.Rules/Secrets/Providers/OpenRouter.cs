using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class OpenRouter
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC113",
        Name = "openrouter-api-key",
        Provider = "OpenRouter",
        Reference = "https://openrouter.ai/docs/api-reference/authentication",
        Detectors =
        [
            new()
            {
                Id = "openrouter-api-key",
                Provider = "OpenRouter",
                Label = "API key",
                Keywords = ["sk-or-v1-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an API key in a Python client",
                ("agent/config.py", """
                    OPENROUTER_KEY = "[|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|]"
                    """)),
            RuleExample.Good(
                "a truncated key",
                ("README.md", """
                    OPENROUTER_API_KEY=sk-or-v1-abc
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("agent/config.py", """
                    OPENROUTER_KEY = os.getenv("OPENROUTER_KEY")
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>sk-or-v1-[a-f0-9]{64})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
