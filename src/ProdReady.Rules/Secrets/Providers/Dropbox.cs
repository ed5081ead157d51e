using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Dropbox
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC152",
        Name = "dropbox-token",
        Provider = "Dropbox",
        Reference = "https://developers.dropbox.com/oauth-guide",
        Detectors =
        [
            new()
            {
                Id = "dropbox-token",
                Provider = "Dropbox",
                Label = "access token",
                Keywords = ["sl."],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Dropbox access token in backup/upload.py",
                ("backup/upload.py", """
                    dbx = dropbox.Dropbox("[|sl.Bz0pG0GvkxcIjtXQzZAqAIOJa5t5-cnIyDMOinLTytB9KWg0Zt28MHrXZttqYS47I55dKIvQIc_pQFx1ldpSqk9QaH85hzvkhh6CZ43G4_J_BSb0z3hl8plFttQOj9UPM-8axKce|]")
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    DROPBOX_TOKEN = os.environ["DROPBOX_TOKEN"]
                    """)),
            RuleExample.Good(
                "an sl. prefix on a short word",
                ("styles.css", """
                    .sl.header { color: red; }
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<![A-Za-z0-9_.\-])(?<secret>sl\.(?:u\.)?[A-Za-z0-9_\-]{130,1400})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
