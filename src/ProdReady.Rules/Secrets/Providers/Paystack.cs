using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Paystack
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC163",
        Name = "paystack-secret-key",
        Provider = "Paystack",
        Reference = "https://paystack.com/docs/api/authentication/",
        Detectors =
        [
            new()
            {
                Id = "paystack-secret-key",
                Provider = "Paystack",
                Label = "secret key",
                Keywords = ["sk_live_", "sk_test_"],
                Pattern = Pattern(),
                Check = TokenChecks.LiveOrTest,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a Paystack secret key in payments/paystack.js",
                ("payments/paystack.js", """
                    const paystack = Paystack("[|sk_live_bf6e6b4cad34657828cde8bb292b5044b48090bb|]");
                    """)),
            RuleExample.Good(
                "a public key is meant for the browser",
                ("web/pay.js", """
                    PaystackPop.setup({ key: 'pk_live_6a5109872ec26964bc7b8c91aa0dba39a47ef63f' });
                    """)),
            RuleExample.Good(
                "read from the environment",
                ("app/config.py", """
                    PAYSTACK_SECRET_KEY = os.environ["PAYSTACK_SECRET_KEY"]
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>sk_(?:live|test)_[a-f0-9]{40})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern();
}
