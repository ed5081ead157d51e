using System.Text;

namespace ProdReady.Rules.Secrets;

/// <summary>Kubernetes Secret manifests: <c>data</c> values are base64, so the decoded value is what gets judged.</summary>
internal static class KubernetesSecrets
{
    public static bool IsSecretManifest(string? text) =>
        text is not null && text.Contains("kind: Secret", StringComparison.Ordinal) && text.Contains("apiVersion:", StringComparison.Ordinal);

    /// <summary>The UTF-8 text a base64 value decodes to, or null when it is not base64 of printable text.</summary>
    public static string? Decoded(string value)
    {
        var bytes = new byte[value.Length];
        if (value.Length % 4 != 0 || !Convert.TryFromBase64String(value, bytes, out var n))
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, n);
        return text.All(c => !char.IsControl(c) || c is '\n' or '\r' or '\t') ? text.TrimEnd('\n') : null;
    }
}
