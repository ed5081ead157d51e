using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Asana
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC153",
        Name = "asana-token",
        Provider = "Asana",
        Reference = "https://developers.asana.com/docs/personal-access-token",
        Detectors =
        [
            new()
            {
                Id = "asana-personal-access-token",
                Provider = "Asana",
                Label = "personal access token",
                Keywords = ["asana"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Asana personal access token in tools/asana_sync.py",
                ("tools/asana_sync.py", """
                    ASANA_TOKEN = "[|2/3475762999170545/5258807047928264:1d6eb2eaaa1236d9ca803f3051ea4b53|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    ASANA_TOKEN = os.environ["ASANA_TOKEN"]
                    """)),
            RuleExample.Good(
                "a ratio on an Asana line is not a token",
                ("notes.md", """
                    Asana usage 1/2 of the seats
                    """)),
        ],
    };

    [GeneratedRegex(@"(?i:asana)[^\n]{0,60}?\b(?<secret>[0-9]/[0-9]{10,20}(?:/[0-9]{10,20})?:[A-Za-z0-9]{32})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
