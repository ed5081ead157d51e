using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Twilio
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC108",
        Name = "twilio-key",
        Provider = "Twilio",
        Reference = "https://www.twilio.com/docs/iam/api-keys",
        Detectors =
        [
            new()
            {
                Id = "twilio-api-key",
                Provider = "Twilio",
                Label = "API key",
                Keywords = ["twilio"],
                Pattern = Pattern1(),
                Check = TokenChecks.Real,
            },
            new()
            {
                Id = "twilio-auth-token",
                Provider = "Twilio",
                Label = "auth token",
                Keywords = ["twilio"],
                Pattern = Pattern2(),
                Check = TokenChecks.Random,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "an API key SID and an auth token in a .env",
                (".env", """
                    TWILIO_API_KEY=[|SKfc59385048baa54e4a9ec63e47cbec1a|]
                    TWILIO_AUTH_TOKEN=[|253482f1dcad932c3d9ee0cb65854572|]
                    """)),
            RuleExample.Bad(
                "an auth token passed beside the account SID",
                ("server/sms.js", """
                    const client = require("twilio")("ACab1368915817d3ff75fb091173b05d84", "[|a15d0b0d3f4645a1ba5cee2db578877e|]");
                    """)),
            RuleExample.Good(
                "the account SID (AC…) identifies the account and is not a secret",
                (".env", """
                    TWILIO_ACCOUNT_SID=ACd87b0941be5d8ba16bb58e4547467704
                    """)),
            RuleExample.Good(
                "an auth token read from the environment",
                ("sms.py", """
                    TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>SK[0-9a-f]{32})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern1();

    [GeneratedRegex(@"(?<key>(?i:twilio)[A-Za-z0-9_.\-]{0,20}(?i:auth[_\-]?token|secret)[A-Za-z0-9_]{0,10})[""']?\s{0,3}(?::=|=>|=|:)\s{0,3}[""']?(?<secret>[0-9a-f]{32})(?![A-Za-z0-9_\-])|\bAC[0-9a-f]{32}[""']?\s{0,3},\s{0,3}[""']?(?<secret>[0-9a-f]{32})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern2();
}
