using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Razorpay
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC162",
        Name = "razorpay-key-secret",
        Provider = "Razorpay",
        Reference = "https://razorpay.com/docs/api/authentication/",
        Detectors =
        [
            new()
            {
                Id = "razorpay-key-secret",
                Provider = "Razorpay",
                Label = "key secret",
                Keywords = ["razorpay"],
                Pattern = Pattern(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Razorpay key secret in payments/razorpay.py",
                ("payments/razorpay.py", """
                    RAZORPAY_KEY_SECRET = "[|hSY5k7EpgkMlriLvyOYzNNxk|]"
                    """)),
            RuleExample.Good(
                "the key ID is sent to browsers",
                ("payments/razorpay.py", """
                    RAZORPAY_KEY_ID = "rzp_live_MkBhCmxAfOcR4l"
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    RAZORPAY_KEY_SECRET = os.environ["RAZORPAY_KEY_SECRET"]
                    """)),
        ],
    };

    [GeneratedRegex(@"(?<key>(?i:razorpay)[A-Za-z0-9_.\-]{0,20}(?i:key[_\-]?secret|secret)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[A-Za-z0-9]{24})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
