using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Mistral
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC175",
        Name = "mistral-api-key",
        Provider = "Mistral AI",
        Reference = "https://docs.mistral.ai/getting-started/quickstart/",
        Detectors =
        [
            new()
            {
                Id = "mistral-api-key",
                Provider = "Mistral AI",
                Label = "API key",
                Keywords = ["mistral"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Mistral AI API key in llm/.env",
                ("llm/.env", """
                    MISTRAL_API_KEY=[|L7cEp9hwNz7nipUTALekl45WtI0in5ue|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    MISTRAL_API_KEY = os.environ["MISTRAL_API_KEY"]
                    """)),
            RuleExample.Good(
                "a model name",
                ("llm/config.py", """
                    MISTRAL_MODEL = "mistral-large-latest"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:mistral)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?key|key)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9]{32})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
