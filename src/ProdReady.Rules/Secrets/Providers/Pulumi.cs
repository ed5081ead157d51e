using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Pulumi
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC138",
        Name = "pulumi-access-token",
        Provider = "Pulumi",
        Reference = "https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/",
        Detectors =
        [
            new()
            {
                Id = "pulumi-access-token",
                Provider = "Pulumi",
                Label = "access token",
                Keywords = ["pul-"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Pulumi access token in ci/deploy.sh",
                ("ci/deploy.sh", """
                    export PULUMI_ACCESS_TOKEN=[|pul-1917b4d852e3cfcbf1b033a83c9ffc25ffdc5582|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    PULUMI_ACCESS_TOKEN = os.environ["PULUMI_ACCESS_TOKEN"]
                    """)),
            RuleExample.Good(
                "a short pul- identifier",
                ("Pulumi.yaml", """
                    name: pul-web
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>pul-[a-f0-9]{40})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
