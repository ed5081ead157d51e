using ProdReady.Model;

namespace ProdReady.Tests.Secrets;

/// <summary>Which corpus family each secrets rule reports for. A secrets rule missing here fails
/// <see cref="SecretCorpusTests.Every_secrets_rule_has_a_family"/>, so the table keeps up with the catalogue.</summary>
public static class SecretFamilies
{
    public const string Unmapped = "unmapped";

    /// <summary>Rules that judge the repository rather than a value; their findings are not detections.</summary>
    public static IReadOnlySet<string> NotDetections { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "secrets-without-startup-validation",
    };

    private static readonly Dictionary<string, string> ByRuleName = new(StringComparer.Ordinal)
    {
        ["hardcoded-secret-in-settings"] = "generic",
        ["weak-default-secret"] = "weak",
        ["adyen-api-key"] = "adyen",
        ["age-secret-key"] = "age",
        ["airtable-token"] = "airtable",
        ["algolia-admin-key"] = "algolia",
        ["alibaba-access-key"] = "alibaba",
        ["anthropic-api-key"] = "anthropic",
        ["asana-token"] = "asana",
        ["atlassian-api-token"] = "atlassian",
        ["auth0-client-secret"] = "auth0",
        ["aws-access-key"] = "aws",
        ["azure-storage-key"] = "azure",
        ["bitbucket-app-password"] = "bitbucket",
        ["braintree-access-token"] = "braintree",
        ["cloudflare-api-token"] = "cloudflare",
        ["cohere-api-key"] = "cohere",
        ["coinbase-api-secret"] = "coinbase",
        ["contentful-token"] = "contentful",
        ["databricks-token"] = "databricks",
        ["datadog-api-key"] = "datadog",
        ["digitalocean-token"] = "digitalocean",
        ["discord-token"] = "discord",
        ["docker-hub-token"] = "dockerhub",
        ["doppler-token"] = "doppler",
        ["dropbox-token"] = "dropbox",
        ["fastly-api-token"] = "fastly",
        ["firebase-server-key"] = "firebase",
        ["flutterwave-secret-key"] = "flutterwave",
        ["gcp-service-account-key"] = "google",
        ["github-token"] = "github",
        ["gitlab-token"] = "gitlab",
        ["google-credential"] = "google",
        ["grafana-token"] = "grafana",
        ["groq-api-key"] = "groq",
        ["heroku-api-key"] = "heroku",
        ["huggingface-token"] = "huggingface",
        ["intercom-token"] = "intercom",
        ["jwt-token"] = "jwt",
        ["linear-api-key"] = "linear",
        ["mailchimp-api-key"] = "mailchimp",
        ["mailgun-api-key"] = "mailgun",
        ["mapbox-secret-token"] = "mapbox",
        ["mistral-api-key"] = "mistral",
        ["netlify-token"] = "netlify",
        ["new-relic-key"] = "newrelic",
        ["notion-token"] = "notion",
        ["npm-token"] = "npm",
        ["okta-api-token"] = "okta",
        ["openai-api-key"] = "openai",
        ["openrouter-api-key"] = "openrouter",
        ["pagerduty-api-key"] = "pagerduty",
        ["paystack-secret-key"] = "paystack",
        ["perplexity-api-key"] = "perplexity",
        ["plaid-secret"] = "plaid",
        ["postman-api-key"] = "postman",
        ["private-key"] = "private-key",
        ["pulumi-access-token"] = "pulumi",
        ["pypi-token"] = "pypi",
        ["razorpay-key-secret"] = "razorpay",
        ["replicate-api-token"] = "replicate",
        ["s3-compatible-key"] = "s3-compatible",
        ["sendgrid-api-key"] = "sendgrid",
        ["sentry-auth-token"] = "sentry",
        ["shopify-token"] = "shopify",
        ["slack-token"] = "slack",
        ["square-token"] = "square",
        ["stripe-key"] = "stripe",
        ["supabase-service-key"] = "supabase",
        ["telegram-bot-token"] = "telegram",
        ["tencent-cloud-key"] = "tencent",
        ["terraform-cloud-token"] = "terraform",
        ["twilio-key"] = "twilio",
        ["twitch-client-secret"] = "twitch",
        ["vault-token"] = "vault",
        ["vercel-token"] = "vercel",
        ["xai-api-key"] = "xai",
        ["yandex-cloud-key"] = "yandex",
        ["zendesk-api-token"] = "zendesk",
    };

    public static IReadOnlyDictionary<string, string> Table => ByRuleName;

    public static string Of(Finding finding) => ByRuleName.GetValueOrDefault(finding.RuleName, Unmapped);

    /// <summary>A finding that counts as a detection: a secrets-area finding at a line, from a rule that judges values.</summary>
    public static bool IsDetection(Finding finding) =>
        finding.Area == Area.Secrets && finding.File is not null && finding.Line is not null && !NotDetections.Contains(finding.RuleName);
}
