using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Containers;

namespace ProdReady.Rules.Kubernetes;

public sealed class LiteralSecretInManifest : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S011"),
        Name = "literal-secret-in-manifest",
        Title = "A secret is written as a literal env value or in a ConfigMap",
        Area = Area.Kubernetes,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "A password in a container's `env` value or in a ConfigMap is committed in plain text, shown by " +
            "`kubectl describe`, readable by anyone allowed to read ConfigMaps or pod specs, and never rotated with the " +
            "Secret it should have been.",
        Fix = "Move the value into a Secret (created out of band or from a vault) and reference it with " +
            "`valueFrom.secretKeyRef` or `envFrom.secretRef`; keep ConfigMaps for non-secret settings.",
        References =
        [
            "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables",
            "https://kubernetes.io/docs/concepts/configuration/configmap/",
        ],
        Examples =
        [
            RuleExample.Bad("a literal password in env",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          env:\n            - name: DB_PASSWORD\n              value: [|postgres123|]\n")),
            RuleExample.Bad("a signing key and a database URL with a password in a ConfigMap",
                ("k8s/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  LOG_LEVEL: info\n  [|JWT_SECRET|]: q8Zr2Xv5Lm9Pw3Kb7Nc1Yd4Fg6Hj0Sa\n  [|DATABASE_URL|]: postgresql://api:Vx7pQ2mZ9kLw@db:5432/api\n")),
            RuleExample.Good("secretKeyRef, and non-secret settings in a ConfigMap",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: db, key: password}\n            - name: TOKEN_URL\n              value: https://auth.example.com/token\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  DATABASE_URL: postgresql://db:5432/api\n")),
            RuleExample.Good("values substituted from other variables or templates",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          env:\n            - name: DATABASE_URL\n              value: postgresql://app:$(DB_PASSWORD)@db:5432/app\n            - name: API_KEY\n              value: ${API_KEY}\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var objects = Workloads.Objects(context.Facts).ToList();
        var containers = Workloads.Containers(context.Facts, withInit: true).ToList();
        var configMaps = objects.Where(o => o.Kind == "ConfigMap").ToList();
        if (containers.Count == 0 && configMaps.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes workload or ConfigMap");
        }

        var violations = new List<Violation>();
        foreach (var (workload, _, container) in containers)
        {
            foreach (var env in container.Env.Where(e => e.Value is { IsResolved: true } && !e.Value.Text.Contains("$(", StringComparison.Ordinal)))
            {
                if (LiteralSecrets.Judge(env.Name, env.Value!.Text) is { } secret)
                {
                    violations.Add(new Violation(env.Value.Span, $"{env.Name} of {Workloads.Describe(workload, container)} in {workload.File} is {secret.Description} written into the manifest")
                    {
                        Secret = secret.Value,
                        Severity = secret.Severity,
                        Key = env.Name,
                    });
                }
            }
        }

        foreach (var map in configMaps)
        {
            foreach (var entry in map.Data.Where(d => d.Value.IsResolved))
            {
                if (LiteralSecrets.Judge(entry.Key, entry.Value.Text) is { } secret)
                {
                    violations.Add(new Violation(entry.Span, $"{entry.Key} in {map.DisplayName} ({map.File}) is {secret.Description}, readable by anyone who can read ConfigMaps")
                    {
                        Secret = secret.Value,
                        Severity = secret.Severity,
                        Key = entry.Key,
                    });
                }
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("no literal secret in env values or ConfigMaps"));
    }
}
