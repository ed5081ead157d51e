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
        "committed-env-file",
        "browser-exposed-secret",
    };

    private static readonly Dictionary<string, string> ByRuleName = new(StringComparer.Ordinal)
    {
        ["hardcoded-secret-in-settings"] = "generic",
        ["weak-default-secret"] = "weak",
        ["credentials-in-url"] = "url-credential",
        ["hardcoded-secret-assignment"] = "generic",
        ["aws-access-key"] = "aws",
        ["google-credential"] = "google",
        ["gcp-service-account-key"] = "google",
        ["azure-storage-key"] = "azure",
        ["github-token"] = "github",
        ["gitlab-token"] = "gitlab",
        ["slack-token"] = "slack",
        ["stripe-key"] = "stripe",
        ["twilio-key"] = "twilio",
        ["sendgrid-api-key"] = "sendgrid",
        ["mailgun-api-key"] = "mailgun",
        ["openai-api-key"] = "openai",
        ["anthropic-api-key"] = "anthropic",
        ["openrouter-api-key"] = "openrouter",
        ["huggingface-token"] = "huggingface",
        ["npm-token"] = "npm",
        ["pypi-token"] = "pypi",
        ["docker-hub-token"] = "dockerhub",
        ["shopify-token"] = "shopify",
        ["square-token"] = "square",
        ["discord-token"] = "discord",
        ["telegram-bot-token"] = "telegram",
        ["heroku-api-key"] = "heroku",
        ["digitalocean-token"] = "digitalocean",
        ["linear-api-key"] = "linear",
        ["notion-token"] = "notion",
        ["jwt-token"] = "jwt",
        ["private-key"] = "private-key",
        ["s3-compatible-key"] = "s3-compatible",
        ["atlassian-api-token"] = "atlassian",
        ["bitbucket-app-password"] = "bitbucket",
        ["datadog-api-key"] = "datadog",
        ["new-relic-key"] = "newrelic",
        ["sentry-auth-token"] = "sentry",
        ["postman-api-key"] = "postman",
        ["grafana-token"] = "grafana",
        ["vault-token"] = "vault",
        ["terraform-cloud-token"] = "terraform",
        ["pulumi-access-token"] = "pulumi",
        ["doppler-token"] = "doppler",
        ["mailchimp-api-key"] = "mailchimp",
        ["mapbox-secret-token"] = "mapbox",
        ["algolia-admin-key"] = "algolia",
        ["cloudflare-api-token"] = "cloudflare",
        ["fastly-api-token"] = "fastly",
        ["netlify-token"] = "netlify",
        ["vercel-token"] = "vercel",
        ["supabase-service-key"] = "supabase",
        ["firebase-server-key"] = "firebase",
        ["okta-api-token"] = "okta",
        ["auth0-client-secret"] = "auth0",
        ["twitch-client-secret"] = "twitch",
        ["dropbox-token"] = "dropbox",
        ["asana-token"] = "asana",
        ["airtable-token"] = "airtable",
        ["contentful-token"] = "contentful",
        ["intercom-token"] = "intercom",
        ["zendesk-api-token"] = "zendesk",
        ["pagerduty-api-key"] = "pagerduty",
        ["plaid-secret"] = "plaid",
        ["braintree-access-token"] = "braintree",
        ["adyen-api-key"] = "adyen",
        ["razorpay-key-secret"] = "razorpay",
        ["paystack-secret-key"] = "paystack",
        ["flutterwave-secret-key"] = "flutterwave",
        ["coinbase-api-secret"] = "coinbase",
        ["alibaba-access-key"] = "alibaba",
        ["tencent-cloud-key"] = "tencent",
        ["yandex-cloud-key"] = "yandex",
        ["age-secret-key"] = "age",
        ["databricks-token"] = "databricks",
        ["replicate-api-token"] = "replicate",
        ["groq-api-key"] = "groq",
        ["perplexity-api-key"] = "perplexity",
        ["cohere-api-key"] = "cohere",
        ["mistral-api-key"] = "mistral",
        ["xai-api-key"] = "xai",
    };

    public static IReadOnlyDictionary<string, string> Table => ByRuleName;

    public static string Of(Finding finding) => ByRuleName.GetValueOrDefault(finding.RuleName, Unmapped);

    /// <summary>A finding that counts as a detection: a secrets-area finding at a line, from a rule that judges values.</summary>
    public static bool IsDetection(Finding finding) =>
        finding.Area == Area.Secrets && finding.File is not null && finding.Line is not null && !NotDetections.Contains(finding.RuleName);
}
