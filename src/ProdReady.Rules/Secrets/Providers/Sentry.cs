using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Sentry
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC133",
        Name = "sentry-auth-token",
        Provider = "Sentry",
        Reference = "https://docs.sentry.io/account/auth-tokens/",
        Detectors =
        [
            new()
            {
                Id = "sentry-auth-token",
                Provider = "Sentry",
                Label = "auth token",
                Keywords = ["sntrys_", "sntryu_"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Sentry auth token in .sentryclirc",
                (".sentryclirc", """
                    [auth]
                    token=[|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|]
                    """)),
            RuleExample.Good(
                "a DSN is a public client key, not an auth token",
                ("app/sentry.py", """
                    sentry_sdk.init(dsn="https://a569d9980424aba890d74cb0ebcdfa00@o1.ingest.sentry.io/42")
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    SENTRY_AUTH_TOKEN = os.environ["SENTRY_AUTH_TOKEN"]
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])(?<secret>sntrys_eyJ[A-Za-z0-9+/=_\-]{50,400}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
