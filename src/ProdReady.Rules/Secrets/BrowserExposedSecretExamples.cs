using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Secrets;

internal static class BrowserExposedSecretExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "a Vite app's production env file gives the browser an OpenAI key, and the example file names a Stripe secret key",
            ("web/.env.production", "VITE_API_URL=https://api.example.com\n[|VITE_OPENAI_API_KEY|]=sk-proj-Q7mZ2vK9xR4tL8wN3pB6yH1cJ5fD0gS2aE7uT4iO9kM3\n"),
            ("web/.env.example", "[|VITE_STRIPE_SECRET_KEY|]=\nVITE_STRIPE_PUBLISHABLE_KEY=pk_test_replace_me\n")),
        RuleExample.Bad(
            "Next.js and Create React App code read secret-named public variables",
            ("app/lib/admin.ts", "export const adminToken = [|process.env.NEXT_PUBLIC_ADMIN_TOKEN|];\n"),
            ("client/src/api.js", "const password = [|process.env.REACT_APP_DB_PASSWORD|];\nconst again = process.env.REACT_APP_DB_PASSWORD;\n")),
        RuleExample.Good(
            "keys made for browsers (Stripe publishable, reCAPTCHA site key, Firebase web config, Mapbox public token, Sentry DSN) and a flag about a token",
            ("web/.env.production", "VITE_STRIPE_PUBLISHABLE_KEY=pk_live_51HqLmNoPqRsTuVwXyZ\nVITE_RECAPTCHA_SITE_KEY=6Lc_site_key_value_here_123\n" +
                "VITE_FIREBASE_API_KEY=AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW\nVITE_MAPBOX_ACCESS_TOKEN=pk.eyJ1IjoiZXhhbXBsZSJ9.abc\nVITE_SENTRY_DSN=https://abc@o1.ingest.sentry.io/2\n"),
            ("web/src/config.ts", "export const apiUrl = import.meta.env.VITE_API_URL;\nexport const clientId = import.meta.env.VITE_OAUTH_CLIENT_ID;\nexport const useIdToken = import.meta.env.VITE_AUTH_PROVIDER_USE_ID_TOKEN === \"true\";\n")),
        RuleExample.Good(
            "the secret stays on the server: an unprefixed variable read by the backend",
            ("server/.env.example", "OPENAI_API_KEY=\n"),
            ("server/src/chat.js", "const key = process.env.OPENAI_API_KEY;\n"),
            ("web/src/chat.ts", "export const chatUrl = import.meta.env.VITE_CHAT_URL;\n")),
    ];
}
