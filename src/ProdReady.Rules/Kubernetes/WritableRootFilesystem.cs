using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class WritableRootFilesystem : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S007"),
        Name = "writable-root-filesystem",
        Title = "A container's root filesystem is writable",
        Area = Area.Kubernetes,
        Severity = Severity.Low,
        EffortHours = 0.5,
        Rationale = "A writable root filesystem lets an attacker who gets code execution drop tools, modify the app's code or " +
            "persist a backdoor for the container's lifetime; it also hides state the app writes where nobody expects it.",
        Fix = "Set `securityContext: {readOnlyRootFilesystem: true}` and mount an `emptyDir` on the few paths the app writes " +
            "(`/tmp`, a cache directory).",
        References =
        [
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
        ],
        Examples =
        [
            RuleExample.Bad("not set",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - [|name|]: app\n          image: registry.example.com/app:1.0\n")),
            RuleExample.Bad("set to false",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n          securityContext:\n            readOnlyRootFilesystem: [|false|]\n")),
            RuleExample.Good("read-only with an emptyDir for /tmp",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n          securityContext:\n            readOnlyRootFilesystem: true\n          volumeMounts:\n            - {name: tmp, mountPath: /tmp}\n      volumes:\n        - name: tmp\n          emptyDir: {}\n")),
            RuleExample.Good("no workloads, only a Service",
                ("k8s/svc.yaml", "apiVersion: v1\nkind: Service\nmetadata:\n  name: app\nspec:\n  selector:\n    app: app\n  ports:\n    - port: 80\n")),
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
        foreach (var (workload, _, container) in containers)
        {
            var value = container.SecurityContext?.ReadOnlyRootFilesystem;
            if (value?.IsTrue == true || value is { IsResolved: false } || (value is null && container.Incomplete))
            {
                continue;
            }

            violations.Add(new Violation(value?.Span ?? container.Span, $"{Workloads.Describe(workload, container)} in {workload.File} has a writable root filesystem")
            {
                Key = container.Name,
            });
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("containers run with a read-only root filesystem"));
    }
}
