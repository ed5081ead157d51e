using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Jwt
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC126",
        Name = "jwt-token",
        Provider = "JSON Web Token",
        Reference = "https://datatracker.ietf.org/doc/html/rfc7519",
        Detectors =
        [
            new()
            {
                Id = "jwt",
                Provider = "JSON Web Token",
                Label = "JWT with a payload",
                Keywords = ["eyJ"],
                Pattern = Pattern(),
                Check = TokenChecks.Jwt,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a signed service token with an admin role in a config file",
                ("config/service.yaml", """
                    billing:
                      token: [|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYmlsbGluZyIsInJvbGUiOiJhZG1pbiIsImlhdCI6MTc2NzIyNTYwMH0.1YnkFgKirqaBjwa1RC7uMv2Mrd5EMdumjQ2L2CWBZBS|]
                    """)),
            RuleExample.Good(
                "the jwt.io sample token (John Doe) is documentation",
                ("docs/auth.md", """
                    Example: `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`
                    """)),
            RuleExample.Good(
                "eyJ text whose header does not decode to JSON is not a JWT",
                ("data.txt", """
                    eyJhbGciOiJIUzI1NiIs-broken.eyJzdWIiOiIxMjM0NTY3.c2lnbmF0dXJlc2lnbmF0dXJl
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>eyJ[A-Za-z0-9_\-]{10,2000}\.eyJ[A-Za-z0-9_\-]{10,4000}\.[A-Za-z0-9_\-]{16,1000})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
