using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Auth0
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC150",
        Name = "auth0-client-secret",
        Provider = "Auth0",
        Reference = "https://auth0.com/docs/get-started/applications/rotate-client-secret",
        Detectors =
        [
            new()
            {
                Id = "auth0-client-secret",
                Provider = "Auth0",
                Label = "client secret",
                Keywords = ["auth0"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Auth0 client secret in api/.env",
                ("api/.env", """
                    AUTH0_CLIENT_SECRET=[|QEL0Vrg0ONqjSJN5AuMddanriTAE9fawrCm3HiEYBsZo2lDRqcsYyaADIbOK5Zbw|]
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    AUTH0_CLIENT_SECRET = os.environ["AUTH0_CLIENT_SECRET"]
                    """)),
            RuleExample.Good(
                "the client ID is public",
                ("web/auth.js", """
                    const AUTH0_CLIENT_ID = 'QAPMXhCERCHBmM00DAhqHVVIvZgepq44';
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:auth0)[A-Za-z0-9_.\-]{0,20}(?i:client[_\-]?secret|secret)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9_\-]{64})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
