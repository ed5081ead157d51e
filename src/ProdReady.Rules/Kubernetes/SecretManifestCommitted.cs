using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Containers;
using ProdReady.Rules.Secrets;

namespace ProdReady.Rules.Kubernetes;

public sealed class SecretManifestCommitted : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("K8S010"),
        Name = "secret-manifest-committed",
        Title = "A Kubernetes Secret with real values is committed",
        Area = Area.Kubernetes,
        Severity = Severity.Critical,
        EffortHours = 1,
        Rationale = "A Secret's `data` is only base64, not encryption: anyone with read access to the repository decodes the " +
            "database passwords and API keys in it, and they stay in Git history after the file is deleted.",
        Fix = "Remove the Secret manifest and rotate the values. Create Secrets out of band, or commit them encrypted (Sealed " +
            "Secrets, SOPS) or referenced from a vault (External Secrets Operator, CSI Secrets Store).",
        References =
        [
            "https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets",
            "https://github.com/bitnami-labs/sealed-secrets",
        ],
        Examples =
        [
            RuleExample.Bad("base64 data that decodes to a real password",
                ("k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: YXBw\n  [|password|]: OXpYcTJ2THA3UmtXNG1UOG5CM3k=\n")),
            RuleExample.Bad("stringData with an API token",
                ("deploy/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  [|API_TOKEN|]: tok_8Hq2ZrX5vL9mP3wK7bN1cY4dF6gJ0sA\n")),
            RuleExample.Good("empty values and placeholders to be filled in by the pipeline",
                ("k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: \"\"\n  api_key: <your-api-key>\n  SECRET_KEY: REPLACE_ME_PLACEHOLDER\n")),
            RuleExample.Good("a Helm template takes the value from values, and a SealedSecret is encrypted",
                ("chart/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n"),
                ("chart/templates/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: {{ .Values.db.password | b64enc | quote }}\n"),
                ("k8s/sealed.yaml", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq2x7mN0aK\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var secrets = Workloads.Objects(context.Facts).Where(o => o.Kind == "Secret").ToList();
        if (secrets.Count == 0)
        {
            return RuleOutcome.Skip("no Kubernetes Secret manifest");
        }

        var violations = new List<Violation>();
        foreach (var secret in secrets)
        {
            foreach (var entry in secret.Data.Where(d => d.Value.IsResolved))
            {
                var judged = LiteralSecrets.Judge(entry.Key, entry.Value.Text)
                    ?? (SecretValues.Judge(entry.Value.Text) == SecretStrength.Strong ? new LiteralSecret(entry.Value.Text, Severity.Critical, "a literal secret") : null);
                if (judged is null)
                {
                    continue;
                }

                var written = entry.Encoded ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(entry.Value.Text)) : judged.Value;
                violations.Add(new Violation(entry.Span, $"{secret.DisplayName} in {secret.File} commits {entry.Key}: {judged.Description}{(entry.Encoded ? " (base64 is not encryption)" : "")}")
                {
                    Secret = written,
                    Severity = judged.Severity == Severity.High ? Severity.Critical : Severity.High,
                    Key = entry.Key,
                });
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("committed Secret manifests hold no real values"));
    }
}
