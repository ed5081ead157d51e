using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Containers;
using ProdReady.Rules.Secrets;

namespace ProdReady.Rules.Configuration;

public sealed class SecretNeverRead : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CFG081"),
        Name = "secret-never-read",
        Title = "A secret is given to a service whose code never reads it",
        Area = Area.Configuration,
        Severity = Severity.Low,
        EffortHours = 0.5,
        Rationale = "A password, token or key handed to a container that has no use for it is one more place it can leak from " +
            "(process listings, crash dumps, `docker inspect`) for no gain. Often it is worse: the name is misspelt or outdated, " +
            "the code reads another one, and the service quietly runs on its built-in default instead of the secret meant for it.",
        Fix = "Remove the variable from the service, or rename it to the name the code reads. Give each service only the secrets it uses.",
        References =
        [
            "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
            "https://docs.docker.com/compose/how-tos/use-secrets/",
        ],
        AppliesTo = [Technology.Compose],
        Examples = SecretNeverReadExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var judged = new List<string>();
        var violations = new List<Violation>();
        var skipped = new List<string>();
        foreach (var service in ContainerFiles.Services(facts).Where(s => s.HasBuild))
        {
            var secrets = service.Environment.Where(v => IsSecret(v.Name)).ToList();
            if (secrets.Count == 0)
            {
                continue;
            }

            var code = ServiceCode.Read(facts, service);
            if (code.Unjudgeable is { } reason)
            {
                skipped.Add($"{service.Name}: {reason}");
                continue;
            }

            foreach (var secret in secrets)
            {
                if (code.Reads(secret.Name))
                {
                    judged.Add($"{secret.Name} ({service.Name})");
                    continue;
                }

                var similar = code.SimilarRead(secret.Name);
                violations.Add(new Violation(secret.Span,
                    $"{secret.Name} is given to service {service.Name}, but nothing in its code ({code.Describe()}) reads it" +
                    (similar is null ? "" : $"; the code reads {similar}: a misspelt name?"))
                { Key = $"{service.Name}/{secret.Name}" });
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        if (judged.Count > 0)
        {
            var names = string.Join(", ", judged.Take(4)) + (judged.Count > 4 ? ", …" : "");
            return RuleOutcome.Pass(new Evidence($"every secret given to a built service is read by its code: {names}"));
        }

        return RuleOutcome.Skip(skipped.Count > 0
            ? $"what the code reads cannot be known: {skipped[0]}"
            : "no compose service built from this repository is given a secret");
    }

    /// <summary>Passwords, tokens and keys. Connection URLs are left out: drivers and task queues read DATABASE_URL or
    /// CELERY_BROKER_URL by themselves.</summary>
    private static bool IsSecret(string name) =>
        SecretNames.Classify(name) is not (SecretKind.None or SecretKind.ConnectionString)
        && !ReadBySoftware.Contains(name) && !SoftwarePrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    // SDKs, drivers and tools that read their own variables, never named in the code that uses them.
    private static readonly string[] SoftwarePrefixes =
    [
        "AWS_", "AZURE_", "GOOGLE_APPLICATION_", "OPENAI_", "ANTHROPIC_", "DD_", "DATADOG_", "OTEL_", "NEW_RELIC_", "NEWRELIC_",
        "ELASTIC_", "SENTRY_", "LANGCHAIN_", "LANGSMITH_", "HF_", "HUGGING", "TWILIO_", "SLACK_", "MYSQL_", "POSTGRES_",
        "MARIADB_", "MONGO_INITDB_", "RABBITMQ_", "MINIO_", "VAULT_", "GITHUB_", "GH_", "NPM_", "DOCKER_", "DJANGO_SUPERUSER_",
        "KEYCLOAK_", "KC_", "GF_", "CELERY_", "CODECOV_", "NGROK_",
    ];

    private static readonly HashSet<string> ReadBySoftware = new(StringComparer.OrdinalIgnoreCase)
    {
        "PGPASSWORD", "PGPASSFILE", "REDISCLI_AUTH", "GEMINI_API_KEY", "GOOGLE_API_KEY", "COHERE_API_KEY", "MISTRAL_API_KEY",
        "GROQ_API_KEY", "TOGETHER_API_KEY", "REPLICATE_API_TOKEN", "PINECONE_API_KEY", "TAVILY_API_KEY", "SERPAPI_API_KEY",
        "STRIPE_API_KEY", "FIREWORKS_API_KEY", "DEEPSEEK_API_KEY", "XAI_API_KEY", "VOYAGE_API_KEY",
    };
}
