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
