using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class DigitalOcean
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC123",
        Name = "digitalocean-token",
        Provider = "DigitalOcean",
        Reference = "https://docs.digitalocean.com/reference/api/create-personal-access-token/",
        Detectors =
        [
            new()
            {
                Id = "digitalocean-token",
                Provider = "DigitalOcean",
                Label = "token",
                Keywords = ["dop_v1_", "doo_v1_", "dor_v1_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a personal access token in Terraform variables",
                ("infra/terraform.tfvars", """
                    do_token = "[|dop_v1_ce1a75d7b62819d0edf2a11f04e18369663047bf117617edd2e239646412f969|]"
                    """)),
            RuleExample.Good(
                "a variable reference",
                ("infra/main.tf", """
                    provider "digitalocean" {
                      token = var.do_token
                    }
                    """)),
            RuleExample.Good(
                "a truncated token",
                ("docs/infra.md", """
                    Tokens look like dop_v1_4f…
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>do[por]_v1_[a-f0-9]{64})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
