using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class ServiceSelectorMatchesNothing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S013"),
        Name = "service-selector-matches-nothing",
        Title = "A Service's selector matches no workload's pods",
        Area = Area.Kubernetes,
        Severity = Severity.High,
        EffortHours = 0.25,
        Rationale = "A Service whose selector matches no pod labels has no endpoints: every request to it is refused or times " +
            "out, usually after a label was renamed on one side only.",
        Fix = "Make the Service's `spec.selector` a subset of the pod template labels (`spec.template.metadata.labels`) of the " +
            "workload it fronts; check with `kubectl get endpoints NAME`.",
        References =
        [
            "https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service",
        ],
        Examples =
        [
            RuleExample.Bad("the Service selects app: backend, the pods are labelled app: api",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n---\napiVersion: v1\n[|kind|]: Service\nmetadata:\n  name: api\nspec:\n  selector:\n    app: backend\n  ports:\n    - port: 80\n")),
            RuleExample.Bad("one label of the selector is missing on the pods",
                ("k8s/web.yaml", "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.0\n"),
                ("k8s/svc.yaml", "apiVersion: v1\n[|kind|]: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n    tier: frontend\n  ports:\n    - port: 80\n")),
            RuleExample.Good("the selector is a subset of the pod labels",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      labels: {app: api, version: v2}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector: {app: api}\n  ports:\n    - port: 80\n")),
            RuleExample.Good("an ExternalName Service or one without a selector has no pods to match",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ExternalName\n  externalName: db.example.com\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: legacy\nspec:\n  ports:\n    - port: 80\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var objects = Workloads.Objects(context.Facts).ToList();
        var services = objects.Where(o => o.Kind == "Service" && o.Selector is { Count: > 0 } && !o.SelectorTemplated && !o.Templated).ToList();
        var workloads = objects.Where(o => o.Pod is not null).ToList();
        if (services.Count == 0 || workloads.Count == 0)
        {
            return RuleOutcome.Skip("no Service with a selector beside workloads");
        }

        var violations = new List<Violation>();
        foreach (var service in services)
        {
            // A Service is judged against the workloads deployed beside it (its directory and below, else the whole
            // repository); if any of those has templated labels or a manifest there was unreadable, nothing can be said.
            var directory = Observability.CodePaths.Directory(service.File);
            var near = workloads.Where(w => Observability.CodePaths.IsUnder(w.File, directory)).ToList();
            var candidates = near.Count > 0 ? near : workloads;
            var unread = context.Facts.Documents.Skipped.Any(s => near.Count == 0 || Observability.CodePaths.IsUnder(s.Path, directory));
            if (unread || candidates.Any(w => w.Templated || w.Pod!.Incomplete))
            {
                continue;
            }

            if (!candidates.Any(w => Workloads.Matches(service.Selector!, w.Pod!.Labels) && SameNamespace(service, w)))
            {
                var selector = string.Join(", ", service.Selector!.Select(s => $"{s.Key}={s.Value}"));
                violations.Add(new Violation(service.Span, $"{service.DisplayName} in {service.File} selects {selector}, which no workload's pod template carries"));
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("every Service selects a workload's pods"));
    }

    private static bool SameNamespace(Engine.Documents.KubernetesObject service, Engine.Documents.KubernetesObject workload) =>
        service.Namespace is null || workload.Namespace is null || service.Namespace.Text == workload.Namespace.Text;
}
