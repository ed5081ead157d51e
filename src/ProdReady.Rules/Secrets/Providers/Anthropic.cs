using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Anthropic
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC112",
        Name = "anthropic-api-key",
        Provider = "Anthropic",
        Reference = "https://docs.anthropic.com/en/api/getting-started",
        Detectors =
        [
            new()
            {
                Id = "anthropic-api-key",
                Provider = "Anthropic",
                Label = "API key",
                Keywords = ["sk-ant-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an API key in TypeScript",
                ("src/llm.ts", """
                    const client = new Anthropic({ apiKey: "[|sk-ant-api03-nxqmjt-_FgHaceriYIPzd3N_Fkuoo59fMwsgeo4BQAADGQLIglhOqdcZVY_ZbXrvUrLPE2UeYtucrrDu_-ZRZFKq4yIwYAA|]" });
                    """)),
            RuleExample.Good(
                "the prefix in documentation",
                ("docs/llm.md", """
                    Keys start with sk-ant-api03- and are shown once.
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("src/llm.ts", """
                    const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>sk-ant-(?:api03|admin01)-[A-Za-z0-9_\-]{80,120})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
