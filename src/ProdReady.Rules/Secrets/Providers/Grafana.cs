using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Grafana
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC135",
        Name = "grafana-token",
        Provider = "Grafana",
        Reference = "https://grafana.com/docs/grafana/latest/administration/service-accounts/",
        Detectors =
        [
            new()
            {
                Id = "grafana-token",
                Provider = "Grafana",
                Label = "token",
                Keywords = ["glc_", "glsa_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Grafana token in monitoring/provision.py",
                ("monitoring/provision.py", """
                    GRAFANA_TOKEN = "[|glsa_yzaIBPJKNx7F5bo94xeRoDwoSxeN9oYG_98d7b7c3|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    GRAFANA_TOKEN = os.environ["GRAFANA_TOKEN"]
                    """)),
            RuleExample.Good(
                "a glc_ identifier too short to be a token",
                ("dashboards.py", """
                    glc_panel = 3
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
