using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Npm
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC115",
        Name = "npm-token",
        Provider = "npm",
        Reference = "https://docs.npmjs.com/revoking-access-tokens",
        Detectors =
        [
            new()
            {
                Id = "npm-token",
                Provider = "npm",
                Label = "access token",
                Keywords = ["npm_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an automation token in .npmrc",
                (".npmrc", """
                    //registry.npmjs.org/:_authToken=[|npm_DOX72ICaLyPPxiOpx9IO92Wl0puWgfAk2Xus|]
                    """)),
            RuleExample.Good(
                "the token comes from the CI environment",
                (".npmrc", """
                    //registry.npmjs.org/:_authToken=${NPM_TOKEN}
                    """)),
            RuleExample.Good(
                "an npm_ config variable name",
                ("scripts/build.sh", """
                    echo "$npm_package_version"
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>npm_[A-Za-z0-9]{36})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
