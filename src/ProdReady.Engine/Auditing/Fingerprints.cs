using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ProdReady.Engine.Auditing;

/// <summary>
/// Fingerprints identify a finding across runs and edits: rule, path, the rule's logical key and the evidence line
/// with white space folded — never the line number, so baselines survive code moving up or down.
/// </summary>
public static partial class Fingerprints
{
    public static string Of(string ruleId, string? file, string? key, string evidence)
    {
        var normalized = Whitespace().Replace(evidence.Trim(), " ");
        var input = string.Join('\0', ruleId, file ?? "(repository)", key ?? string.Empty, normalized);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexStringLower(hash)[..16];
    }

    /// <summary>Identical evidence twice in one file (the same line repeated) gets an occurrence suffix, in order.</summary>
    public static IReadOnlyList<string> Disambiguate(IReadOnlyList<string> fingerprints)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<string>(fingerprints.Count);
        foreach (var fingerprint in fingerprints)
        {
            var n = seen.GetValueOrDefault(fingerprint) + 1;
            seen[fingerprint] = n;
            result.Add(n == 1 ? fingerprint : $"{fingerprint}:{n}");
        }

        return result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
