using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Cohere
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC174",
        Name = "cohere-api-key",
        Provider = "Cohere",
        Reference = "https://docs.cohere.com/docs/rate-limits",
        Detectors =
        [
            new()
            {
                Id = "cohere-api-key",
                Provider = "Cohere",
                Label = "API key",
                Keywords = ["cohere", "co_api"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Cohere API key in rag/embed.py",
                ("rag/embed.py", """
                    COHERE_API_KEY = "[|yS6KSOGADZVX3t3FSX5upg0dIybKVhrFSd9PT1hz|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    COHERE_API_KEY = os.environ["COHERE_API_KEY"]
                    """)),
            RuleExample.Good(
                "a model name is not a key",
                ("rag/embed.py", """
                    COHERE_MODEL = "embed-english-v3.0"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:cohere|co)[A-Za-z0-9_.\-]{0,20}(?i:api[_\-]?key|key|token)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9]{40})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
