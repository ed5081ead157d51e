using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Kubernetes;

public sealed class KubernetesImageUnpinned : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S003"),
        Name = "kubernetes-image-unpinned",
        Title = "A container image is untagged or `latest`",
        Area = Area.Kubernetes,
        Severity = Severity.Medium,
        EffortHours = 0.25,
        Rationale = "With `latest` (or no tag) each node pulls whatever the registry holds when the pod lands there: pods of one " +
            "Deployment run different code, a rollback redeploys the same moving tag, and `imagePullPolicy` defaults to Always.",
        Fix = "Deploy an immutable tag per release (the Git SHA or a version, `registry/app:1.4.2`), or a digest, set by CI.",
        References =
        [
            "https://kubernetes.io/docs/concepts/containers/images/#image-names",
            "https://kubernetes.io/docs/concepts/configuration/overview/#container-images",
        ],
        Examples =
        [
            RuleExample.Bad("latest and no tag",
                ("k8s/app.yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: app
                    spec:
                      template:
                        spec:
                          initContainers:
                            - name: wait
                              image: [|busybox|]
                          containers:
                            - name: app
                              image: [|registry.example.com/app:latest|]
                    """)),
            RuleExample.Bad("a bare Pod on latest",
                ("pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  containers:\n    - name: shell\n      image: [|alpine:latest|]\n")),
            RuleExample.Good("version tags and digests",
                ("k8s/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:1.4.2\n        - name: proxy\n          image: envoyproxy/envoy@sha256:8c6e1b2a5d4f3c7e9a0b1d2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f\n")),
            RuleExample.Good("a Helm template's image comes from values",
                ("chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n"),
                ("chart/templates/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: \"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}\"\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var containers = Workloads.Containers(context.Facts, withInit: true).Where(x => x.Container.Image is not null).ToList();
        if (containers.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes container image");
        }

        var violations = containers.Where(x => x.Container.ImageReference is { IsFloating: true })
            .Select(x => new Violation(x.Container.Image!.Span, $"{Workloads.Describe(x.Workload, x.Container)} in {x.Workload.File} runs {x.Container.Image.Text}{(x.Container.ImageReference!.Tag is null ? " with no tag, which means latest" : "")}")
            {
                Key = x.Container.Name,
            })
            .ToList();
        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("container images are pinned"));
    }
}
