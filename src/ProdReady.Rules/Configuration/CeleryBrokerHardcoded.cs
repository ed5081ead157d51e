using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Configuration;

public sealed partial class CeleryBrokerHardcoded : Rule
{
    private static readonly HashSet<string> LocalHosts = new(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "0.0.0.0", "::1", "[::1]" };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CFG030"),
        Name = "celery-broker-hardcoded",
        Title = "Celery broker or result backend URL is hardcoded",
        Area = Area.Configuration,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "A broker or result backend URL written in the code ties every deployment to one host: staging workers " +
            "consume production queues, a moved Redis or RabbitMQ needs a code change and a release, and a URL pointing at " +
            "localhost silently fails once the worker runs in a container.",
        Fix = "Read the URLs from the environment with no production default: `broker_url = os.environ[\"CELERY_BROKER_URL\"]` " +
            "in the Celery config module, `Celery(__name__, broker=os.environ[\"CELERY_BROKER_URL\"])`, or " +
            "`app.config_from_object(\"django.conf:settings\", namespace=\"CELERY\")` with `CELERY_BROKER_URL = env(\"CELERY_BROKER_URL\")`.",
        References =
        [
            "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url",
            "https://docs.celeryq.dev/en/stable/userguide/configuration.html#result-backend",
            "https://12factor.net/config",
        ],
        AppliesTo = [Technology.Celery],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var values = CeleryCode.Values(facts, "broker", "broker_url", "backend", "result_backend").ToList();
        if (values.Count == 0 && CeleryCode.Apps(facts).Count == 0)
        {
            return RuleOutcome.Skip("no Celery app or broker setting in production code");
        }

        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var (name, value, span) in values)
        {
            var (literal, fallback) = SettingValues.Effective(SettingValues.Resolve(facts, value));
            var url = literal?.Kind == ValueKind.String ? literal.Text : null;
            if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                if (value.Kind == ValueKind.EnvLookup)
                {
                    evidence.Add(new Evidence($"{name} is read from {value.EnvName} ({span})", span));
                }

                continue;
            }

            // A password in the URL is a secrets finding (SEC004); reporting the hardcoding again adds nothing.
            if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            var what = name.Contains("back", StringComparison.OrdinalIgnoreCase) ? "result backend" : "broker";
            var local = LocalHosts.Contains(uri.Host);
            if (fallback && local)
            {
                evidence.Add(new Evidence($"{name} is read from {value.EnvName}, with a local default for development ({span})", span));
            }
            else if (fallback)
            {
                violations.Add(new Violation(span, $"the Celery {what} falls back to {url} when {value.EnvName} is unset") { Severity = Severity.Low, Key = name });
            }
            else
            {
                var message = local
                    ? $"the Celery {what} is hardcoded to {url} ({name}): workers in containers or on other hosts cannot reach it"
                    : $"the Celery {what} is hardcoded to {url} ({name}): every environment uses that host";
                violations.Add(new Violation(span, message) { Severity = local ? Severity.Low : null, Key = name });
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(1)) : RuleOutcome.Skip("no Celery broker URL is set in the code");
    }
}
