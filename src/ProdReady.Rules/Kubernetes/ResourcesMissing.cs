using ProdReady.Engine.Documents;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class ResourcesMissing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S001"),
        Name = "resources-missing",
        Title = "A container has no CPU/memory requests or memory limit",
        Area = Area.Kubernetes,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "Without requests the scheduler packs pods blindly and the pod is first to be evicted under pressure; " +
            "without a memory limit one leaking container can exhaust the node and take its neighbours down with it.",
        Fix = "Set `resources.requests.cpu` and `resources.requests.memory` from observed usage and a `resources.limits.memory` " +
            "(a CPU limit is optional: it throttles rather than protects). Add a LimitRange per namespace as a safety net.",
        References =
        [
            "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
        ],
        Examples =
        [
            RuleExample.Bad("no resources at all",
                ("k8s/api.yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: api
                    spec:
                      template:
                        spec:
                          containers:
                            - [|name|]: api
                              image: registry.example.com/api:1.4.2
                    """)),
            RuleExample.Bad("requests without a memory limit, in a CronJob",
                ("k8s/report.yaml", """
                    apiVersion: batch/v1
                    kind: CronJob
                    metadata:
                      name: report
                    spec:
                      jobTemplate:
                        spec:
                          template:
                            spec:
                              containers:
                                - [|name|]: report
                                  image: registry.example.com/report:2.0
                                  resources:
                                    requests:
                                      cpu: 100m
                                      memory: 128Mi
                    """)),
            RuleExample.Good("requests and a memory limit",
                ("k8s/api.yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: api
                    spec:
                      template:
                        spec:
                          containers:
                            - name: api
                              image: registry.example.com/api:1.4.2
                              resources:
                                requests: {cpu: 250m, memory: 256Mi}
                                limits: {memory: 512Mi}
                    """)),
            RuleExample.Good("a Helm template fills resources in from the chart's default values, which set them",
                ("chart/Chart.yaml", "apiVersion: v2\nname: api\nversion: 0.1.0\n"),
                ("chart/values.yaml", "resources:\n  requests:\n    cpu: 100m\n    memory: 128Mi\n  limits:\n    memory: 256Mi\n"),
                ("chart/templates/deployment.yaml", HelmDeployment)),
            RuleExample.Bad("the chart's default values leave resources empty, so every release without an override runs unbounded",
                ("chart/Chart.yaml", "apiVersion: v2\nname: api\nversion: 0.1.0\n"),
                ("chart/values.yaml", "image:\n  repository: registry.example.com/api\nresources: {}\n"),
                ("chart/templates/deployment.yaml", HelmDeployment.Replace("- name: api", "- [|name|]: api", StringComparison.Ordinal))),
            RuleExample.Good("resources come from a values file the release picks, which the repository cannot say",
                ("chart/Chart.yaml", "apiVersion: v2\nname: api\nversion: 0.1.0\n"),
                ("chart/values.yaml", "resources: {}\n"),
                ("chart/values-production.yaml", "resources:\n  requests: {cpu: 500m, memory: 1Gi}\n"),
                ("chart/templates/deployment.yaml", HelmDeployment)),
        ],
    };

    private const string HelmDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {{ include "api.fullname" . }}
        spec:
          template:
            spec:
              containers:
                - name: api
                  image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
                  resources:
                    {{- toYaml .Values.resources | nindent 12 }}
        """;

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var containers = Workloads.Containers(context.Facts).ToList();
        if (containers.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes workload");
        }

        var violations = new List<Violation>();
        foreach (var (workload, _, container) in containers)
        {
            var missing = new (string Name, DocumentValue? Value)[]
            {
                ("CPU request", container.CpuRequest), ("memory request", container.MemoryRequest), ("memory limit", container.MemoryLimit),
            }.Where(m => m.Value is null).Select(m => m.Name).ToList();
            if (missing.Count == 0 || container.Incomplete)
            {
                continue;
            }

            violations.Add(new Violation(container.Span, $"{Workloads.Describe(workload, container)} in {workload.File} has no {string.Join(", ", missing)}")
            {
                Key = container.Name,
            });
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("every container sets requests and a memory limit"));
    }
}
