using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class PrivilegedContainer : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S004"),
        Name = "privileged-container",
        Title = "A container runs privileged",
        Area = Area.Kubernetes,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "`privileged: true` turns off the container's isolation: all capabilities, all host devices, no seccomp or " +
            "AppArmor confinement. Whoever compromises it owns the node and every pod on it.",
        Fix = "Remove `privileged: true` and add only the capabilities needed (`capabilities: {add: [NET_BIND_SERVICE]}`); " +
            "enforce the `restricted` Pod Security Standard on the namespace.",
        References =
        [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
        ],
        Examples =
        [
            RuleExample.Bad("a privileged container",
                ("k8s/agent.yaml", "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      containers:\n        - name: agent\n          image: registry.example.com/agent:2.1\n          securityContext:\n            privileged: [|true|]\n")),
            RuleExample.Bad("a privileged init container",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: sysctl\n          image: busybox:1.36\n          securityContext: {privileged: [|true|]}\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n")),
            RuleExample.Good("not privileged",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n          securityContext:\n            privileged: false\n")),
            RuleExample.Good("a templated value cannot be judged",
                ("chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n"),
                ("chart/templates/ds.yaml", "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n          securityContext:\n            privileged: {{ .Values.privileged }}\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var containers = Workloads.Containers(context.Facts, withInit: true).ToList();
        if (containers.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes workload");
        }

        var violations = containers.Where(x => x.Container.SecurityContext?.Privileged?.IsTrue == true)
            .Select(x => new Violation(x.Container.SecurityContext!.Privileged!.Span, $"{Workloads.Describe(x.Workload, x.Container)} in {x.Workload.File} runs privileged")
            {
                Key = x.Container.Name,
            })
            .ToList();
        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("no container runs privileged"));
    }
}
