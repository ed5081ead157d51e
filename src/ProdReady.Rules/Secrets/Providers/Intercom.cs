using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Intercom
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC156",
        Name = "intercom-token",
        Provider = "Intercom",
        Reference = "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication",
        Detectors =
        [
            new()
            {
                Id = "intercom-access-token",
                Provider = "Intercom",
                Label = "access token",
                Keywords = ["dG9rOj"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Intercom access token in support/intercom.rb",
                ("support/intercom.rb", """
                    INTERCOM_TOKEN = "[|dG9rOjf-xcfHD1mUJKv9Q03htdesAKYvPCPlRr302l1L6bCaDVyP8Y1ZyGjv=|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    INTERCOM_TOKEN = os.environ["INTERCOM_TOKEN"]
                    """)),
            RuleExample.Good(
                "too short to be a token",
                ("support/a.txt", """
                    dG9rOjE=
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>dG9rOj[A-Za-z0-9_\-=]{40,70})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
