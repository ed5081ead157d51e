using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Age
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC169",
        Name = "age-secret-key",
        Provider = "age",
        Reference = "https://age-encryption.org/v1",
        Detectors =
        [
            new()
            {
                Id = "age-secret-key",
                Provider = "age",
                Label = "secret key",
                Keywords = ["AGE-SECRET-KEY-1"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a age secret key in secrets/key.txt",
                ("secrets/key.txt", """
                    # created: 2026-01-01
                    [|AGE-SECRET-KEY-19TF7THK0WMUHZY7SWC5YH5TY3VCWJW7VERXPVZ8LFGYDZWJCUG4CNTFF4N|]
                    """)),
            RuleExample.Good(
                "an age public key (age1…) is public",
                (".sops.yaml", """
                    creation_rules:
                      - age: age1kmkhy7793jzm7hsexugkkztd864ydvp4ue05gtzwz3qka4zfr8eeapdnx6
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Identities start with AGE-SECRET-KEY-1.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
