using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class RunAsRootAllowed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S006"),
        Name = "run-as-root-allowed",
        Title = "Nothing stops a container from running as root",
        Area = Area.Kubernetes,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "Without `runAsNonRoot: true` (or a non-zero `runAsUser`) the container runs as whatever user its image " +
            "says, which for most images is root: a compromised process can write anywhere in the container and is one kernel " +
            "bug away from the node.",
        Fix = "Set `securityContext: {runAsNonRoot: true, runAsUser: 10001}` at pod level (containers inherit it) and make the " +
            "image run as that user.",
        References =
        [
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
        ],
        Examples =
        [
            RuleExample.Bad("no securityContext",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - [|name|]: app\n          image: registry.example.com/app:1.0\n")),
            RuleExample.Bad("runAsUser 0 overrides the pod's runAsNonRoot",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n          securityContext:\n            runAsUser: [|0|]\n")),
            RuleExample.Good("runAsNonRoot at pod level",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      securityContext:\n        runAsNonRoot: true\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n")),
            RuleExample.Good("a non-zero runAsUser on the container",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n          securityContext:\n            runAsUser: 10001\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var containers = Workloads.Containers(context.Facts).ToList();
        if (containers.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes workload");
        }

        var violations = new List<Violation>();
        foreach (var (workload, pod, container) in containers)
        {
            var user = container.SecurityContext?.RunAsUser ?? pod.SecurityContext?.RunAsUser;
            if (user is { IsResolved: true, Text: "0" })
            {
                violations.Add(new Violation(user.Span, $"{Workloads.Describe(workload, container)} in {workload.File} runs as user 0 (root)") { Key = container.Name });
                continue;
            }

            var nonRoot = container.SecurityContext?.RunAsNonRoot ?? pod.SecurityContext?.RunAsNonRoot;
            if (nonRoot is { IsResolved: false } || nonRoot?.IsTrue == true || user is { IsResolved: false } || (user is not null && user.Text != "0"))
            {
                continue;
            }

            if (container.Incomplete || pod.Incomplete)
            {
                continue;
            }

            violations.Add(new Violation(nonRoot?.Span ?? container.Span, $"{Workloads.Describe(workload, container)} in {workload.File} sets neither runAsNonRoot: true nor a non-root runAsUser")
            {
                Key = container.Name,
            });
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("containers are required to run as non-root"));
    }
}
