using ProdReady.Engine.Documents;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class HostAccess : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S008"),
        Name = "host-access",
        Title = "A pod shares the host's network, process or IPC namespace, or mounts a host path",
        Area = Area.Kubernetes,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "hostNetwork lets the pod bind and sniff on the node's interfaces and bypass NetworkPolicy; hostPID and " +
            "hostIPC let it see and signal every process on the node; a hostPath mount exposes node files (the container " +
            "runtime socket, kubelet credentials). Each turns a compromised app into a compromised node.",
        Fix = "Remove hostNetwork/hostPID/hostIPC; replace hostPath volumes with emptyDir, a PersistentVolumeClaim, a ConfigMap or " +
            "a CSI driver. Node agents that truly need them belong in a dedicated, locked-down namespace.",
        References =
        [
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline",
            "https://kubernetes.io/docs/concepts/storage/volumes/#hostpath",
        ],
        Examples =
        [
            RuleExample.Bad("host network and PID namespaces",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      hostNetwork: [|true|]\n      hostPID: [|true|]\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n")),
            RuleExample.Bad("the Docker socket mounted from the host",
                ("k8s/ci.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: builder\nspec:\n  containers:\n    - name: builder\n      image: docker:27-cli\n  volumes:\n    - name: sock\n      [|hostPath|]:\n        path: /var/run/docker.sock\n")),
            RuleExample.Good("emptyDir and a claim, no host namespaces",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      hostNetwork: false\n      containers:\n        - name: app\n          image: registry.example.com/app:1.0\n      volumes:\n        - name: tmp\n          emptyDir: {}\n        - name: data\n          persistentVolumeClaim:\n            claimName: data\n")),
            RuleExample.Good("a custom resource that mentions hostPath is not a pod",
                ("k8s/backup.yaml", "apiVersion: backup.example.com/v1\nkind: BackupPolicy\nmetadata:\n  name: nightly\nspec:\n  hostPath: /var/backups\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var workloads = Workloads.All(context.Facts).ToList();
        if (workloads.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes workload");
        }

        var violations = new List<Violation>();
        foreach (var workload in workloads)
        {
            var pod = workload.Pod!;
            foreach (var (name, value) in new (string, DocumentValue?)[] { ("hostNetwork", pod.HostNetwork), ("hostPID", pod.HostPid), ("hostIPC", pod.HostIpc) })
            {
                if (value?.IsTrue == true)
                {
                    violations.Add(new Violation(value.Span, $"{workload.DisplayName} in {workload.File} sets {name}: true") { Key = name });
                }
            }

            foreach (var path in pod.HostPathVolumes)
            {
                violations.Add(new Violation(path.Span, $"{workload.DisplayName} in {workload.File} mounts the host path {path.Text}") { Key = path.Text });
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("no pod shares host namespaces or mounts host paths"));
    }
}
