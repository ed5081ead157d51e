using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class SingleReplicaWithoutDisruptionBudget : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S009"),
        Name = "single-replica-without-disruption-budget",
        Title = "A Deployment runs one replica and no PodDisruptionBudget protects it",
        Area = Area.Kubernetes,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "With a single replica every node drain, cluster upgrade, eviction or crash is an outage, and without a " +
            "PodDisruptionBudget nothing tells Kubernetes to wait for a replacement before evicting the only pod.",
        Fix = "Run at least 2 replicas (or an HPA with minReplicas: 2) spread across nodes, and add a PodDisruptionBudget " +
            "(`minAvailable: 1` or `maxUnavailable: 1`) selecting the Deployment's pods.",
        References =
        [
            "https://kubernetes.io/docs/concepts/workloads/pods/disruptions/",
            "https://kubernetes.io/docs/tasks/run-application/configure-pdb/",
        ],
        Examples =
        [
            RuleExample.Bad("replicas: 1",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: [|1|]\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n")),
            RuleExample.Bad("replicas left at its default of 1; the budget selects other pods",
                ("k8s/api.yaml", "apiVersion: apps/v1\n[|kind|]: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  minAvailable: 1\n  selector:\n    matchLabels: {app: web}\n")),
            RuleExample.Good("three replicas",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n")),
            RuleExample.Good("one replica scaled by an HPA, and one protected by a budget",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}\n  minReplicas: 2\n  maxReplicas: 6\n"),
                ("k8s/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web, tier: front}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0\n---\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var objects = Workloads.Objects(context.Facts).ToList();
        var deployments = objects.Where(o => o.Kind == "Deployment" && o.Pod is not null).ToList();
        if (deployments.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes Deployment");
        }

        var budgets = objects.Where(o => o.Kind == "PodDisruptionBudget").ToList();
        var scaled = objects.Where(o => o.Kind == "HorizontalPodAutoscaler")
            .Select(o => o.TextAt("spec", "scaleTargetRef", "name"))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var violations = new List<Violation>();
        foreach (var deployment in deployments)
        {
            var replicas = deployment.Replicas;
            if (replicas is { IsResolved: false } || (replicas is not null && replicas.Text != "1") || (replicas is null && deployment.Templated))
            {
                continue;
            }

            if (deployment.Name is { } name && scaled.Contains(name.Text))
            {
                continue;
            }

            if (budgets.Any(b => b.SelectorTemplated || (b.Selector is { Count: > 0 } selector && Workloads.Matches(selector, deployment.Pod!.Labels))))
            {
                continue;
            }

            violations.Add(new Violation(replicas?.Span ?? deployment.Span,
                $"{deployment.DisplayName} in {deployment.File} runs {(replicas is null ? "the default single replica" : "a single replica")} and no PodDisruptionBudget selects its pods"));
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("Deployments run several replicas or are covered by a PodDisruptionBudget"));
    }
}
