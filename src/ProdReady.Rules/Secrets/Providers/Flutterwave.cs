using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Flutterwave
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC164",
        Name = "flutterwave-secret-key",
        Provider = "Flutterwave",
        Reference = "https://developer.flutterwave.com/docs/integration-guides/authentication",
        Detectors =
        [
            new()
            {
                Id = "flutterwave-secret-key",
                Provider = "Flutterwave",
                Label = "secret key",
                Keywords = ["FLWSECK"],
                Pattern = Pattern(),
                Check = TokenChecks.LiveOrTest,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Flutterwave secret key in payments/flw.php",
                ("payments/flw.php", """
                    $secret = "[|FLWSECK-7ee707fde312e459a19efc7ecc3989f4-X|]";
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    FLW_SECRET_KEY = os.environ["FLW_SECRET_KEY"]
                    """)),
            RuleExample.Good(
                "the public key",
                ("web/pay.js", """
                    public_key: 'FLWPUBK-d20c0e3e10d755bf8b604d95a1dab620-X',
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>FLWSECK(?:_TEST)?-[a-f0-9]{32}-X|FLWSECK_TEST[a-f0-9]{12})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
