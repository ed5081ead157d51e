using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Airtable
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC154",
        Name = "airtable-token",
        Provider = "Airtable",
        Reference = "https://airtable.com/developers/web/guides/personal-access-tokens",
        Detectors =
        [
            new()
            {
                Id = "airtable-token",
                Provider = "Airtable",
                Label = "personal access token",
                Keywords = ["airtable"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Airtable personal access token in .env",
                (".env", """
                    AIRTABLE_TOKEN=[|patWI8s0q1ePiQEie.0561d61f1a23f62f53a893fc5f76a5ab3df799cf7491fd96d7c968527f18a6a6|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    AIRTABLE_TOKEN = os.environ["AIRTABLE_TOKEN"]
                    """)),
            RuleExample.Good(
                "a base ID is an identifier",
                ("crm.py", """
                    AIRTABLE_BASE = "appX1y2Z3a4B5c6D7"
                    """)),
        ],
    };

    [GeneratedRegex(@"(?i:airtable)[^\n]{0,60}?\b(?<secret>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
