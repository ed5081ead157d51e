using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Groq
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC172",
        Name = "groq-api-key",
        Provider = "Groq",
        Reference = "https://console.groq.com/docs/quickstart",
        Detectors =
        [
            new()
            {
                Id = "groq-api-key",
                Provider = "Groq",
                Label = "API key",
                Keywords = ["gsk_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Groq API key in llm/groq.ts",
                ("llm/groq.ts", """
                    const groq = new Groq({ apiKey: "[|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|]" });
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    GROQ_API_KEY = os.environ["GROQ_API_KEY"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Keys start with gsk_.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>gsk_[A-Za-z0-9]{52})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
