using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Containers;
using ProdReady.Rules.Operations;

namespace ProdReady.Rules.Observability;

/// <summary>The deployment view of monitoring: something must collect the deployed services' metrics. A code-level
/// rule reports a service with no metrics library; this one fires only when neither the deployment nor the code
/// shows any monitoring, so the two never report the same absence from the same evidence.</summary>
public sealed class DeploymentNotMonitored : Rule
{
    private const string Searched = "ServiceMonitor, PodMonitor or PrometheusRule objects, prometheus.io/scrape annotations, scrape_configs, " +
        "Alertmanager configuration, Prometheus, OpenTelemetry, Datadog or Grafana agent services, and metrics or APM libraries in the dependencies";

    private static readonly string[] MonitorKinds = ["ServiceMonitor", "PodMonitor", "PrometheusRule", "VMServiceScrape", "VMPodScrape", "VMRule"];

    private static readonly string[] ConfigWords =
        ["scrape_configs", "prometheus.io/scrape", "servicemonitor", "podmonitor", "alertmanager", "prometheusrule", "otel-collector", "opentelemetry-collector"];

    private static readonly string[] AgentImages =
        ["prometheus", "alertmanager", "grafana/agent", "grafana/alloy", "otel/", "opentelemetry-collector", "datadog/agent",
         "victoriametrics", "netdata", "newrelic/infrastructure"];

    private static readonly string[] LibraryPrefixes =
    [
        "prometheus", "django-prometheus", "starlette-exporter", "starlette-prometheus", "opentelemetry", "ddtrace", "datadog", "newrelic", "statsd",
        "prom-client", "express-prom-bundle", "@opentelemetry/", "dd-trace", "elastic-apm", "elasticapm", "hot-shots", "app.metrics",
        "microsoft.applicationinsights", "applicationinsights", "micrometer", "aioprometheus",
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("OBS080"),
        Name = "deployment-not-monitored",
        Title = "The deployed services are not monitored: nothing collects metrics or raises alerts",
        Area = Area.Observability,
        Severity = Severity.Medium,
        EffortHours = 6,
        Rationale = "Without metrics and alerts the first sign of a full disk, a memory leak, a stuck worker or rising latency is " +
            "a user's complaint; there is no baseline to compare a release against and no data to size the deployment with.",
        Fix = "Expose metrics from the services (prometheus-client, prometheus-fastapi-instrumentator, django-prometheus, prom-client, " +
            "prometheus-net or OpenTelemetry), have them collected (a ServiceMonitor/PodMonitor, prometheus.io annotations, a " +
            "Prometheus or OpenTelemetry Collector service in compose, or a hosted agent), and define alerts on errors, latency and saturation.",
        References =
        [
            "https://prometheus.io/docs/introduction/overview/",
            "https://sre.google/sre-book/monitoring-distributed-systems/",
        ],
        Examples =
        [
            RuleExample.Bad("a compose deployment with no metrics anywhere",
                ("docker-compose.yml", "services:\n  api:\n    build: .\n    restart: always\n  db:\n    image: postgres:16\n"),
                ("requirements.txt", "fastapi==0.115.0\nuvicorn==0.30.0\n")),
            RuleExample.Bad("Kubernetes workloads with no scrape configuration or metrics library",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.4.2\n"),
                ("package.json", "{ \"name\": \"api\", \"dependencies\": { \"express\": \"^4.19.2\" } }")),
            RuleExample.Good("a ServiceMonitor scrapes the workload",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.4.2\n---\napiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: api\nspec:\n  endpoints:\n    - port: http\n")),
            RuleExample.Good("the service exposes Prometheus metrics through its library",
                ("docker-compose.yml", "services:\n  api:\n    build: .\n"),
                ("requirements.txt", "fastapi==0.115.0\nprometheus-fastapi-instrumentator==7.0.0\n")),
            RuleExample.Good("a repository with no deployment description is not judged here",
                ("app.py", "from flask import Flask\napp = Flask(__name__)\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var services = ContainerFiles.Services(facts).ToList();
        var workloads = facts.Kubernetes.Where(k => k.IsWorkload && ContainerFiles.Counts(k.File)).ToList();
        if (services.Count == 0 && workloads.Count == 0)
        {
            return RuleOutcome.Skip("no service is deployed by compose or Kubernetes");
        }

        if (facts.Kubernetes.FirstOrDefault(k => MonitorKinds.Contains(k.Kind, StringComparer.Ordinal)) is { } monitor)
        {
            return RuleOutcome.Pass(new Evidence($"{monitor.DisplayName} in {monitor.Span}", monitor.Span));
        }

        var agent = ContainerFiles.Services(facts, withDevelopment: true)
            .FirstOrDefault(s => s.ImageReference is { } image
                && AgentImages.Any(a => image.Repository.Contains(a, StringComparison.OrdinalIgnoreCase)));
        if (agent is not null)
        {
            return RuleOutcome.Pass(new Evidence($"monitoring service {agent.Name} ({agent.Image}) in {agent.Span}", agent.Span));
        }

        if (RepositoryText.First(context.Repository, ConfigWords, p => !RepositoryText.IsDocument(p) && !IsCode(p)) is { } config)
        {
            return RuleOutcome.Pass(new Evidence($"monitoring configuration ({config.Needle}) in {config.Span}", config.Span));
        }

        var library = facts.Dependencies.FirstOrDefault(d => !d.Development
            && LibraryPrefixes.Any(p => d.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
        if (library is not null)
        {
            return RuleOutcome.Pass(new Evidence($"metrics library {library.Name} in {library.Span}", library.Span));
        }

        return RuleOutcome.Fail([new Violation(null, $"{Deployed(services.Count, workloads.Count)} deployed, and nothing monitors them: searched {Searched}; none found")]);
    }

    private static string Deployed(int services, int workloads) => (services, workloads) switch
    {
        ( > 0, > 0) => $"{services} compose service(s) and {workloads} Kubernetes workload(s)",
        ( > 0, _) => $"{services} compose service(s)",
        _ => $"{workloads} Kubernetes workload(s)",
    };

    private static bool IsCode(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".py" or ".js" or ".ts" or ".cs" or ".go" or ".java" or ".tsx" or ".jsx";
}
