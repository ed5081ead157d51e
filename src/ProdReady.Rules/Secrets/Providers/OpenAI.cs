using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class OpenAI
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC111",
        Name = "openai-api-key",
        Provider = "OpenAI",
        Reference = "https://help.openai.com/en/articles/9047852-how-can-i-rotate-my-api-key",
        Detectors =
        [
            new()
            {
                Id = "openai-api-key",
                Provider = "OpenAI",
                Label = "API key",
                Keywords = ["T3BlbkFJ", "sk-proj-", "sk-svcacct-", "sk-admin-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a project key in a notebook helper and a legacy key in .env",
                ("ml/client.py", """
                    openai.api_key = "[|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|]"
                    """),
                (".env", """
                    OPENAI_API_KEY=[|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|]
                    """)),
            RuleExample.Good(
                "a short sk- string is not an OpenAI key",
                ("util/ids.py", """
                    SKU_PREFIX = "sk-123"
                    """)),
            RuleExample.Good(
                "the documented placeholder",
                ("README.md", """
                    export OPENAI_API_KEY=sk-...
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_\-]{20,200}T3BlbkFJ[A-Za-z0-9_\-]{20,200}|sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{100,250})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
