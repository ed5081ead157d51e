using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class PrivilegeEscalationAllowed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S005"),
        Name = "privilege-escalation-allowed",
        Title = "A container does not set allowPrivilegeEscalation: false",
        Area = Area.Kubernetes,
        Severity = Severity.Medium,
        EffortHours = 0.25,
        Rationale = "Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges than its " +
            "parent through setuid binaries or file capabilities: an attacker with code execution turns a non-root foothold " +
            "into root in the container.",
        Fix = "Set `securityContext: {allowPrivilegeEscalation: false}` on every container (it is required by the `restricted` " +
            "Pod Security Standard).",
        References =
        [
            "https://kubernetes.io/docs/tasks/configure-pod-container/security-context/",
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/",
        ],
        Examples =
        [
            RuleExample.Bad("not set",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - [|name|]: app\n          image: registry.example.com/app:1.0\n")),
            RuleExample.Bad("set to true",
                ("k8s/app.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: job\nspec:\n  template:\n    spec:\n      containers:\n        - name: job\n          image: registry.example.com/job:1.0\n          securityContext:\n            allowPrivilegeEscalation: [|true|]\n")),
            RuleExample.Good("set to false",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n          securityContext:\n            allowPrivilegeEscalation: false\n")),
            RuleExample.Good("a Helm template whose securityContext comes from values",
                ("chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n"),
                ("chart/templates/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n          securityContext:\n            {{- toYaml .Values.securityContext | nindent 12 }}\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var containers = Workloads.Containers(context.Facts, withInit: true).ToList();
        if (containers.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes workload");
        }

        var violations = new List<Violation>();
        foreach (var (workload, _, container) in containers)
        {
            var value = container.SecurityContext?.AllowPrivilegeEscalation;
            if (container.SecurityContext?.Privileged?.IsTrue == true || value is { IsResolved: false } || value?.IsFalse == true)
            {
                continue;
            }

            if (value is null && container.Incomplete)
            {
                continue;
            }

            violations.Add(new Violation(value?.Span ?? container.Span,
                $"{Workloads.Describe(workload, container)} in {workload.File} {(value is null ? "does not set allowPrivilegeEscalation: false" : "sets allowPrivilegeEscalation: true")}")
            {
                Key = container.Name,
            });
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("every container sets allowPrivilegeEscalation: false"));
    }
}
