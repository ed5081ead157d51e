using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class GitLab
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC105",
        Name = "gitlab-token",
        Provider = "GitLab",
        Reference = "https://docs.gitlab.com/ee/security/tokens/",
        Detectors =
        [
            new()
            {
                Id = "gitlab-token",
                Provider = "GitLab",
                Label = "token",
                Keywords = ["glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glsoat-", "glcbt-", "glagent-", "GR1348941"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a personal access token in a CI script and a deploy token in .npmrc",
                ("ci/publish.sh", """
                    curl --header "PRIVATE-TOKEN: [|glpat-T5q5OQDaNROHavp6K5i6|]" https://gitlab.com/api/v4/projects
                    """),
                (".npmrc", """
                    //gitlab.com/api/v4/packages/npm/:_authToken=[|gldt-BVcIAc5L1Y25vm1Vfido|]
                    """)),
            RuleExample.Bad(
                "a runner authentication token in config.toml",
                ("runner/config.toml", """
                    token = "[|glrt-tBDyrbI3x-00iGocCyp-|]"
                    """)),
            RuleExample.Good(
                "the prefix alone in documentation",
                ("docs/ci.md", """
                    Tokens start with glpat- followed by 20 characters.
                    """)),
            RuleExample.Good(
                "a placeholder token",
                (".gitlab-ci.yml", """
                    variables:
                      TOKEN: glpat-xxxxxxxxxxxxxxxxxxxx
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>gl(?:pat|dt|rt|ptt|ft|soat|cbt|agent)-[A-Za-z0-9_\-]{20,64}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?|GR1348941[A-Za-z0-9_\-]{20})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
