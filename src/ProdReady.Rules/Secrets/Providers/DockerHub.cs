using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class DockerHub
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC117",
        Name = "docker-hub-token",
        Provider = "Docker Hub",
        Reference = "https://docs.docker.com/security/for-developers/access-tokens/",
        Detectors =
        [
            new()
            {
                Id = "docker-hub-token",
                Provider = "Docker Hub",
                Label = "access token",
                Keywords = ["dckr_pat_", "dckr_oat_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a personal access token in a CI script",
                ("ci/push.sh", """
                    echo "[|dckr_pat_kz3290apEMY7pp2SHFFh9Dc490L|]" | docker login -u shop --password-stdin
                    """)),
            RuleExample.Good(
                "a token from the CI secret store",
                ("ci/push.sh", """
                    echo "$DOCKERHUB_TOKEN" | docker login -u shop --password-stdin
                    """)),
            RuleExample.Good(
                "a truncated token in documentation",
                ("docs/ci.md", """
                    Paste the dckr_pat_… value into the secret.
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>dckr_(?:pat|oat)_[A-Za-z0-9_\-]{20,40})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
