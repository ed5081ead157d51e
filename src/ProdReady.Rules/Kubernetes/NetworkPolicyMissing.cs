using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class NetworkPolicyMissing : Rule
{
    private static readonly string[] PolicyKinds = ["NetworkPolicy", "CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy", "GlobalNetworkPolicy", "AuthorizationPolicy"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S012"),
        Name = "network-policy-missing",
        Title = "Workloads are deployed without any NetworkPolicy",
        Area = Area.Kubernetes,
        Severity = Severity.Low,
        EffortHours = 2,
        Rationale = "Without a NetworkPolicy every pod can reach every other pod in the cluster: one compromised service can " +
            "connect straight to the database, the cache and internal admin endpoints of every other team.",
        Fix = "Add a default-deny NetworkPolicy per namespace and allow only the flows the app needs (ingress controller → api, " +
            "api → postgres on 5432, egress to DNS).",
        References =
        [
            "https://kubernetes.io/docs/concepts/services-networking/network-policies/",
        ],
        Examples =
        [
            RuleExample.Bad("a Deployment and nothing restricting traffic",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n")),
            RuleExample.Bad("a StatefulSet database and a Service, no policy",
                ("deploy/db.yaml", "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  template:\n    spec:\n      containers:\n        - name: db\n          image: postgres:16\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  selector: {app: db}\n  ports:\n    - port: 5432\n")),
            RuleExample.Good("a default-deny policy",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n"),
                ("k8s/netpol.yaml", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: default-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n")),
            RuleExample.Good("a Cilium policy counts",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n"),
                ("k8s/policy.yaml", "apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n  name: api\nspec:\n  endpointSelector: {}\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var objects = Workloads.Objects(context.Facts).ToList();
        var workloads = objects.Where(o => o.Pod is not null).ToList();
        if (workloads.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes workload");
        }

        var policy = objects.FirstOrDefault(o => PolicyKinds.Contains(o.Kind));
        if (policy is not null)
        {
            return RuleOutcome.Pass(new Evidence($"{policy.DisplayName} in {policy.File}", policy.Span));
        }

        // A Helm template that could not be read may be the chart's NetworkPolicy.
        if (context.Facts.Documents.Skipped.Any(s => s.Path.Contains("networkpolic", StringComparison.OrdinalIgnoreCase)))
        {
            return RuleOutcome.Skip("a NetworkPolicy template could not be read");
        }

        return RuleOutcome.Fail(new Violation(null,
            $"{workloads.Count} workload(s), such as {workloads[0].DisplayName} in {workloads[0].File}, and no NetworkPolicy: searched every manifest for NetworkPolicy, CiliumNetworkPolicy and Istio AuthorizationPolicy"));
    }
}
