using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Firebase
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC148",
        Name = "firebase-server-key",
        Provider = "Firebase",
        Reference = "https://firebase.google.com/docs/cloud-messaging/auth-server",
        Detectors =
        [
            new()
            {
                Id = "firebase-cloud-messaging-key",
                Provider = "Firebase",
                Label = "Cloud Messaging server key",
                Keywords = [":APA91b"],
                Pattern = Pattern(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Firebase Cloud Messaging server key in push/send.py",
                ("push/send.py", """
                    FCM_SERVER_KEY = "[|AAAAIOGj4CV:APA91b1SMTYQig5JJ48AdWPvmaWbzdoEwRS7x3E7bkjWHNVYiLwmbIai0fxdvai99rK3skcGEDJo61M7Tf5qpqNOEUFlAt0XV5mIm-hjlm-3wiunMMZ9xHtVpKA8RgS1PkyYIfWDIIAB|]"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    FCM_SERVER_KEY = os.environ["FCM_SERVER_KEY"]
                    """)),
            RuleExample.Good(
                "a truncated value in documentation",
                ("docs/setup.md", """
                    Server keys contain :APA91b.
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{134})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
