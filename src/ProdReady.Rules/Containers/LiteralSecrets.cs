using ProdReady.Model;
using ProdReady.Rules.Secrets;

namespace ProdReady.Rules.Containers;

/// <summary>Judges a literal value given to a named variable in a deployment file (Dockerfile ENV/ARG, compose
/// environment, Kubernetes env and data) with the secrets engine's name and value judgements.</summary>
internal static class LiteralSecrets
{
    /// <summary>The secret text to mask and how serious it is, or null when the variable holds no real secret: not a
    /// secret-like name, a placeholder, an empty value, a reference.</summary>
    public static LiteralSecret? Judge(string name, string value)
    {
        var kind = SecretNames.Classify(name);
        if (kind == SecretKind.None)
        {
            return null;
        }

        var secret = kind == SecretKind.ConnectionString ? SecretValues.EmbeddedPassword(value) : value;
        if (secret is null)
        {
            return null;
        }

        return SecretValues.Judge(secret) switch
        {
            SecretStrength.Strong => new LiteralSecret(secret, Severity.High, "a literal secret"),
            SecretStrength.Weak => new LiteralSecret(secret, Severity.Medium, SecretValues.DescribeWeakness(secret)),
            _ => null,
        };
    }
}
