using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class TerraformCloud
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC137",
        Name = "terraform-cloud-token",
        Provider = "Terraform Cloud",
        Reference = "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens",
        Detectors =
        [
            new()
            {
                Id = "terraform-cloud-token",
                Provider = "Terraform Cloud",
                Label = "API token",
                Keywords = [".atlasv1."],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Terraform Cloud API token in .terraformrc",
                (".terraformrc", """
                    credentials "app.terraform.io" {
                      token = "[|oPKqwSw9mWNp34.atlasv1.i04hFjPl1nG2b0TPLaGM0P6FxvCcj0VZ54OMFtfsaCdZ3pm5qb7093umvMIQEuLQt7_|]"
                    }
                    """)),
            RuleExample.Good(
                "the token comes from an environment variable",
                (".terraformrc", """
                    credentials "app.terraform.io" {
                      token = env.TF_TOKEN
                    }
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Tokens contain .atlasv1. in the middle.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=\-]{60,70})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
