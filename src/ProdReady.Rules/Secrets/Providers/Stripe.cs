using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets.Providers;

internal static partial class Stripe
{
    public static SecretProvider Definition { get; } = new()
    {
        Id = "SEC107",
        Name = "stripe-key",
        Provider = "Stripe",
        Reference = "https://docs.stripe.com/keys",
        Detectors =
        [
            new()
            {
                Id = "stripe-secret-key",
                Provider = "Stripe",
                Label = "secret key",
                Keywords = ["sk_live_", "rk_live_", "sk_test_", "rk_test_"],
                Pattern = Pattern1(),
                Check = TokenChecks.LiveOrTest,
            },
            new()
            {
                Id = "stripe-webhook-secret",
                Provider = "Stripe",
                Label = "webhook signing secret",
                Keywords = ["whsec_"],
                Pattern = Pattern2(),
                Check = TokenChecks.Real,
            },
        ],
        Examples =
        [
            RuleExample.Bad(
                "a live secret key in Node and a restricted key in a committed .env",
                ("server/pay.js", """
                    const stripe = require('stripe')('[|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|]');
                    """),
                (".env", """
                    STRIPE_RESTRICTED_KEY=[|rk_live_RntnkEGdC1NxSBHfFJEhnRVX|]
                    STRIPE_WEBHOOK_SECRET=[|whsec_b9LgzI4tzuJokxPXSUUMRtrpKnrxr8JE|]
                    """)),
            RuleExample.Bad(
                "a test-mode key is still reported (at low severity)",
                ("payments/settings.py", """
                    STRIPE_KEY = "[|sk_test_7Ocnjo7ZVqT4BKMGOxSWXaC3|]"
                    """)),
            RuleExample.Good(
                "a publishable key is meant to be public",
                ("web/checkout.js", """
                    Stripe('pk_live_12AbbYTDBA34apmYz0cDYPxk');
                    """)),
            RuleExample.Good(
                "a placeholder in .env.example",
                (".env.example", """
                    STRIPE_SECRET_KEY=sk_live_your_key_here
                    """)),
        ],
    };

    [GeneratedRegex(@"\b(?<secret>[sr]k_(?:live|test)_[0-9A-Za-z]{24,247})\b", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern1();

    [GeneratedRegex(@"\b(?<secret>whsec_[A-Za-z0-9+/=]{32,64})(?![A-Za-z0-9_\-])", RegexOptions.None, SecretDetector.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern2();
}
