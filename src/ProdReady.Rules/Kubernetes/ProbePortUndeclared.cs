using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class ProbePortUndeclared : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S014"),
        Name = "probe-port-undeclared",
        Title = "A probe targets a port the container does not declare",
        Area = Area.Kubernetes,
        Severity = Severity.High,
        EffortHours = 0.25,
        Rationale = "A probe on a named port the container does not define is rejected or never succeeds, and a probe on a " +
            "number other than the ones the container declares usually checks nothing: pods never become ready, or are " +
            "restarted in a loop.",
        Fix = "Point the probe at a port from the container's `ports` list, by name (`port: http`) so that the two cannot drift apart.",
        References =
        [
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
        ],
        Examples =
        [
            RuleExample.Bad("a named port that does not exist",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          ports:\n            - {name: web, containerPort: 8000}\n          [|readinessProbe|]:\n            httpGet: {path: /health, port: http}\n")),
            RuleExample.Bad("a number the container does not declare",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          ports:\n            - containerPort: 8000\n          [|livenessProbe|]:\n            tcpSocket:\n              port: 8080\n")),
            RuleExample.Good("named and numbered ports that exist",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          ports:\n            - {name: http, containerPort: 8000}\n          readinessProbe:\n            httpGet: {path: /health, port: http}\n          livenessProbe:\n            httpGet: {path: /livez, port: 8000}\n")),
            RuleExample.Good("no ports declared: a numbered probe cannot be checked",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          readinessProbe:\n            httpGet: {path: /health, port: 8000}\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var containers = Workloads.Containers(context.Facts).Where(x => x.Container.Liveness is not null || x.Container.Readiness is not null || x.Container.Startup is not null).ToList();
        if (containers.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes probe");
        }

        var violations = new List<Violation>();
        foreach (var (workload, _, container) in containers)
        {
            var names = container.Ports.Select(p => p.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var numbers = container.Ports.Select(p => p.ContainerPort).Where(p => p is { IsResolved: true }).Select(p => p!.Text).ToHashSet(StringComparer.Ordinal);
            var unresolvedPorts = container.Ports.Any(p => p.ContainerPort is { IsResolved: false });
            foreach (var probe in new[] { container.Liveness, container.Readiness, container.Startup }.OfType<Engine.Documents.KubernetesProbe>())
            {
                if (probe.Port is not { IsResolved: true } port || container.Incomplete || unresolvedPorts)
                {
                    continue;
                }

                var numeric = int.TryParse(port.Text, out _);
                var declared = numeric ? numbers.Count == 0 || numbers.Contains(port.Text) : names.Contains(port.Text);
                if (!declared)
                {
                    var has = container.Ports.IsEmpty ? "no ports" : string.Join(", ", container.Ports.Select(p => p.Name is null ? p.ContainerPort?.Text : $"{p.Name} ({p.ContainerPort?.Text})"));
                    violations.Add(new Violation(probe.Span, $"a {probe.Handler} probe of {Workloads.Describe(workload, container)} in {workload.File} targets port {port.Text}, but the container declares {has}")
                    {
                        Key = $"{container.Name}:{probe.Span.Line}",
                    });
                }
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("probes target declared container ports"));
    }
}
