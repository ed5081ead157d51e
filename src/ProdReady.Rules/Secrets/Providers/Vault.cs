using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Vault
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC136",
        Name = "vault-token",
        Provider = "HashiCorp Vault",
        Reference = "https://developer.hashicorp.com/vault/docs/concepts/tokens",
        Detectors =
        [
            new()
            {
                Id = "vault-token",
                Provider = "HashiCorp Vault",
                Label = "token",
                Keywords = ["hvs.", "hvb."],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a HashiCorp Vault token in deploy/vault.env",
                ("deploy/vault.env", """
                    VAULT_TOKEN=[|hvs.gcRPzN7mpnUaw6Ke9ZkUFmFk4Rmyg3ozlBg-o2ZV-2-ep6ELoTaaF2xlIttBU4av6UpbVxm2irj9Xsip3AdZ3PSIS4-|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    VAULT_TOKEN = os.environ["VAULT_TOKEN"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    A service token starts with hvs.
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>hv[sb]\.[A-Za-z0-9_\-]{90,300})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
