using System.Text;
using System.Text.Json;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets;

/// <summary>Offline checks the provider detectors share: placeholders and documented examples are rejected, test-mode
/// keys and encrypted private keys lowered, checksums and JWT structure verified.</summary>
internal static class TokenChecks
{
    // The Azurite emulator's published account key: in every tutorial, useless against a real account.
    private const string AzuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly string[] PlaceholderMarks = ["example", "xxxx", "XXXX", "0000000000", "1234567890", "abcdefghij", "your_", "your-", "<", "***"];

    /// <summary>Any provider token: rejected when it carries a placeholder mark or repeats one character.</summary>
    public static SecretConfidence? Real(SecretCandidateText c) => IsPlaceholder(c.Value) ? null : SecretConfidence.High;

    /// <summary>A value found by a key/value pattern: besides placeholders, it must look random (entropy 3 bits/char).</summary>
    public static SecretConfidence? Random(SecretCandidateText c) =>
        IsPlaceholder(c.Value) || Entropy.Of(c.Value) < 3.0 ? null : SecretConfidence.High;

    /// <summary>GitHub classic tokens end in a CRC-32 of their body: a wrong checksum is not a token GitHub issued.</summary>
    public static SecretConfidence? GitHub(SecretCandidateText c) => Checksums.GitHubToken(c.Value) && !IsPlaceholder(c.Value) ? SecretConfidence.High : null;

    /// <summary>Test-mode and sandbox keys are reported, one step lower.</summary>
    public static SecretConfidence? LiveOrTest(SecretCandidateText c) => Real(c) is null ? null
        : c.Value.Contains("test", StringComparison.OrdinalIgnoreCase) || c.Value.Contains("sandbox", StringComparison.OrdinalIgnoreCase)
            ? SecretConfidence.Low : SecretConfidence.High;

    public static SecretConfidence? AzureKey(SecretCandidateText c) => c.Value == AzuriteKey ? null : Random(c);

    /// <summary>A JWT is only one when its header and payload decode to JSON objects and the header names an
    /// algorithm; the jwt.io sample (sub 1234567890, John Doe) is documentation.</summary>
    public static SecretConfidence? Jwt(SecretCandidateText c)
    {
        var parts = c.Value.Split('.');
        if (parts.Length < 3 || Decode(parts[0]) is not { } header || Decode(parts[1]) is not { } payload)
        {
            return null;
        }

        try
        {
            using var h = JsonDocument.Parse(header);
            using var p = JsonDocument.Parse(payload);
            if (h.RootElement.ValueKind != JsonValueKind.Object || !h.RootElement.TryGetProperty("alg", out _)
                || p.RootElement.ValueKind != JsonValueKind.Object || !p.RootElement.EnumerateObject().Any())
            {
                return null;
            }

            return payload.Contains("\"John Doe\"", StringComparison.Ordinal) ? null : SecretConfidence.Medium;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A PEM private key with a real body; an encrypted one still leaks but needs its passphrase too.</summary>
    public static SecretConfidence? PrivateKey(SecretCandidateText c)
    {
        var body = c.Value.Replace("\\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(l => !l.StartsWith("-----", StringComparison.Ordinal) && !l.Contains(':', StringComparison.Ordinal))
            .Sum(l => l.Count(ch => char.IsAsciiLetterOrDigit(ch) || ch is '+' or '/' or '='));
        // PEM bodies legitimately hold long runs (OpenSSH headers are mostly AAAA), so only elisions count as placeholders.
        if (body < 64 || c.Value.Contains("...", StringComparison.Ordinal) || c.Value.Contains("xxxx", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return c.Value.Contains("ENCRYPTED", StringComparison.Ordinal) ? SecretConfidence.Low : SecretConfidence.High;
    }

    public static bool IsPlaceholder(string value)
    {
        if (PlaceholderMarks.Any(m => value.Contains(m, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var run = 1;
        for (var i = 1; i < value.Length; i++)
        {
            run = value[i] == value[i - 1] ? run + 1 : 1;
            if (run >= 8)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Decode(string part)
    {
        var text = part.Replace('-', '+').Replace('_', '/');
        text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var n) ? Encoding.UTF8.GetString(bytes, 0, n) : null;
    }
}
