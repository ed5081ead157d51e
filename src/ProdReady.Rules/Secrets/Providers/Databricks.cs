using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Databricks
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC170",
        Name = "databricks-token",
        Provider = "Databricks",
        Reference = "https://docs.databricks.com/en/dev-tools/auth/pat.html",
        Detectors =
        [
            new()
            {
                Id = "databricks-token",
                Provider = "Databricks",
                Label = "personal access token",
                Keywords = ["dapi"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Databricks personal access token in jobs/run.py",
                ("jobs/run.py", """
                    DATABRICKS_TOKEN = "[|dapie27e4a8728a1ba1b6eae971dba2a8ce3|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    DATABRICKS_TOKEN = os.environ["DATABRICKS_TOKEN"]
                    """)),
            RuleExample.Good(
                "a word starting with dapi",
                ("api.md", """
                    The dapi endpoint is internal.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>dapi[a-f0-9]{32}(?:-[0-9])?)\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
