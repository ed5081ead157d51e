using ProdReady.Engine.Documents;
using ProdReady.Engine.Facts;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Kubernetes;

/// <summary>The repository's own Kubernetes objects (not those under tests or vendored code) and their containers.</summary>
internal static class Workloads
{
    public static IEnumerable<KubernetesObject> Objects(RepositoryFacts facts) =>
        facts.Kubernetes.Where(o => !CodePaths.IsTest(o.File) && !CodePaths.IsVendored(o.File));

    public static IEnumerable<KubernetesObject> All(RepositoryFacts facts) => Objects(facts).Where(o => o.Pod is not null);

    /// <summary>Each workload's containers (init containers too when asked), with the object and pod they are in.</summary>
    public static IEnumerable<(KubernetesObject Workload, PodTemplate Pod, KubernetesContainer Container)> Containers(RepositoryFacts facts, bool withInit = false) =>
        All(facts).SelectMany(o => o.Pod!.Containers.Concat(withInit ? o.Pod.InitContainers : []).Select(c => (o, o.Pod!, c)));

    /// <summary>Long-running workloads, which need probes and replicas: not Jobs, CronJobs or bare Pods.</summary>
    public static bool IsService(KubernetesObject workload) => workload.Kind is "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet";

    /// <summary>Whether every label of <paramref name="selector"/> is on <paramref name="labels"/>.</summary>
    public static bool Matches(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value);

    public static string Describe(KubernetesObject workload, KubernetesContainer container) =>
        $"container {container.Name} of {workload.DisplayName}";
}
