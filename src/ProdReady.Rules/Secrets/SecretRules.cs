using System.Collections.Immutable;
using ProdReady.Engine.Secrets;
using ProdReady.Rules.Secrets.Providers;

namespace ProdReady.Rules.Secrets;

/// <summary>Every provider whose secrets ProdReady recognises, grouped, and the one scanner that runs all secret
/// detectors in a single pass per file. Order matters: where two detectors match the same text, the earlier wins.</summary>
internal static class SecretRules
{
    public static ImmutableArray<SecretProvider> Providers { get; } =
    [
        // cloud and hosting
        Aws.Definition,
        Google.Definition,
        GcpServiceAccount.Definition,
        Azure.Definition,
        Alibaba.Definition,
        Tencent.Definition,
        Yandex.Definition,
        DigitalOcean.Definition,
        Heroku.Definition,
        Cloudflare.Definition,
        Fastly.Definition,
        Netlify.Definition,
        Vercel.Definition,
        Supabase.Definition,
        Firebase.Definition,
        S3Compatible.Definition,
        Databricks.Definition,
        // code, packages and infrastructure
        GitHub.Definition,
        GitLab.Definition,
        Bitbucket.Definition,
        Atlassian.Definition,
        Npm.Definition,
        PyPI.Definition,
        DockerHub.Definition,
        TerraformCloud.Definition,
        Pulumi.Definition,
        Vault.Definition,
        Doppler.Definition,
        Postman.Definition,
        Linear.Definition,
        Notion.Definition,
        Asana.Definition,
        Airtable.Definition,
        Contentful.Definition,
        // messaging and support
        Slack.Definition,
        Discord.Definition,
        Telegram.Definition,
        Twilio.Definition,
        SendGrid.Definition,
        Mailgun.Definition,
        Mailchimp.Definition,
        Intercom.Definition,
        Zendesk.Definition,
        PagerDuty.Definition,
        // monitoring
        Datadog.Definition,
        NewRelic.Definition,
        Sentry.Definition,
        Grafana.Definition,
        // payments and commerce
        Paystack.Definition,
        Stripe.Definition,
        Square.Definition,
        Braintree.Definition,
        Adyen.Definition,
        Razorpay.Definition,
        Flutterwave.Definition,
        Plaid.Definition,
        Coinbase.Definition,
        Shopify.Definition,
        // AI
        OpenAI.Definition,
        Anthropic.Definition,
        OpenRouter.Definition,
        HuggingFace.Definition,
        Replicate.Definition,
        Groq.Definition,
        Perplexity.Definition,
        Cohere.Definition,
        Mistral.Definition,
        XAi.Definition,
        // identity, media and search
        Okta.Definition,
        Auth0.Definition,
        Twitch.Definition,
        Dropbox.Definition,
        Mapbox.Definition,
        Algolia.Definition,
        // keys and generic token formats (after the providers whose formats they contain)
        Age.Definition,
        Jwt.Definition,
        PrivateKey.Definition,
    ];

    public static SecretScanner Scanner { get; } = new([.. Providers.SelectMany(p => p.Detectors), .. ExtraDetectors.All]);
}
