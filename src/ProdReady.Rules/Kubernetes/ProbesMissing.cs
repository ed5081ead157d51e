using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class ProbesMissing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S002"),
        Name = "probes-missing",
        Title = "A long-running container has no readiness or liveness probe, or the same probe for both",
        Area = Area.Kubernetes,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "Without a readiness probe a pod gets traffic before the app has started and while it is overloaded; without " +
            "a liveness probe a deadlocked process is never restarted. Identical probes are worse than one: when a dependency " +
            "slows down, every pod fails both at once and Kubernetes restarts the whole fleet instead of shedding load.",
        Fix = "Add a readinessProbe on a route that checks the app can serve (and its critical dependencies), and a cheaper " +
            "livenessProbe that only checks the process responds (a different path or a higher failureThreshold); use a " +
            "startupProbe for slow starts.",
        References =
        [
            "https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/",
        ],
        Examples =
        [
            RuleExample.Bad("no probes",
                ("deploy/api.yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: api
                    spec:
                      template:
                        spec:
                          containers:
                            - [|name|]: api
                              image: registry.example.com/api:1.0
                    """)),
            RuleExample.Bad("the same probe for liveness and readiness",
                ("deploy/worker.yaml", """
                    apiVersion: apps/v1
                    kind: StatefulSet
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          containers:
                            - name: web
                              image: registry.example.com/web:1.0
                              livenessProbe:
                                httpGet: {path: /health, port: 8000}
                              [|readinessProbe|]:
                                httpGet: {path: /health, port: 8000}
                    """)),
            RuleExample.Good("different liveness and readiness probes",
                ("deploy/api.yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: api
                    spec:
                      template:
                        spec:
                          containers:
                            - name: api
                              image: registry.example.com/api:1.0
                              livenessProbe:
                                httpGet: {path: /livez, port: http}
                              readinessProbe:
                                httpGet: {path: /readyz, port: http}
                    """)),
            RuleExample.Good("Jobs run to completion and need no probes",
                ("deploy/migrate.yaml", """
                    apiVersion: batch/v1
                    kind: Job
                    metadata:
                      name: migrate
                    spec:
                      template:
                        spec:
                          containers:
                            - name: migrate
                              image: registry.example.com/api:1.0
                              command: ["alembic", "upgrade", "head"]
                    """)),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var containers = Workloads.Containers(context.Facts).Where(x => Workloads.IsService(x.Workload)).ToList();
        if (containers.Count == 0)
        {
            return RuleOutcome.Skip("no long-running Kubernetes workload");
        }

        var violations = new List<Violation>();
        foreach (var (workload, _, container) in containers)
        {
            var what = Workloads.Describe(workload, container);
            if (container.Liveness is { } liveness && container.Readiness is { } readiness)
            {
                if (liveness.Signature == readiness.Signature && liveness.Path?.IsResolved != false && !container.Incomplete)
                {
                    violations.Add(new Violation(readiness.Span, $"{what} in {workload.File} uses the same {liveness.Handler} probe for liveness and readiness ({liveness.Signature.Trim()})")
                    {
                        Key = container.Name,
                    });
                }

                continue;
            }

            if (container.Incomplete)
            {
                continue;
            }

            var missing = container.Readiness is null && container.Liveness is null ? "no readiness or liveness probe"
                : container.Readiness is null ? "no readiness probe" : "no liveness probe";
            violations.Add(new Violation(container.Span, $"{what} in {workload.File} has {missing}") { Key = container.Name });
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("long-running containers have distinct readiness and liveness probes"));
    }
}
