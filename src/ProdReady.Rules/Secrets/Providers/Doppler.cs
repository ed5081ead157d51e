using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Doppler
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC139",
        Name = "doppler-token",
        Provider = "Doppler",
        Reference = "https://docs.doppler.com/docs/service-tokens",
        Detectors =
        [
            new()
            {
                Id = "doppler-token",
                Provider = "Doppler",
                Label = "token",
                Keywords = ["dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Doppler token in Dockerfile",
                ("Dockerfile", """
                    ENV DOPPLER_TOKEN=[|dp.st.ktq8zfvUgrd591skBso9wI2gSDE5JXGuATH5wkBJU01|]
                    """)),
            RuleExample.Good(
                "passed at build time",
                ("Dockerfile", """
                    ARG DOPPLER_TOKEN
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Service tokens start with dp.st.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
