using System.Text.RegularExpressions;
using ProdReady.Engine.Secrets;

namespace ProdReady.Rules.Secrets;

/// <summary>Judges a literal assigned to a secret-like name by the generic detector: the name must name a secret, the
/// value must be a literal (quoted in code), not a lookup, template, hash, UUID or run of sequential characters, and
/// random enough to be a real secret (<see cref="SecretValues.Judge"/>).</summary>
internal static partial class GenericChecks
{
    private static readonly HashSet<string> CodeExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".py", ".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".cs", ".java", ".go", ".rb", ".php", ".kt", ".scala", ".swift", ".rs", ".vue", ".svelte",
    };

    private static readonly HashSet<string> Lockfiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "pipfile.lock", "cargo.lock", "go.sum", "composer.lock",
        "gemfile.lock", "packages.lock.json", "uv.lock", "bun.lock", "npm-shrinkwrap.json",
    };

    // Lists of known-bad values name secrets in order to reject them.
    private static readonly string[] DenyListWords = ["deny", "block", "blacklist", "banned", "revoked", "insecure", "weak", "known", "forbidden", "invalid", "example", "sample", "dummy", "fake", "mock"];

    private static readonly string[] Lookups = ["process.env", "os.environ", "getenv", "environ.get", "configuration[", "config.get", "settings.", "env(", "env.", "secrets.", "vault:", "import.meta.env"];

    public static SecretConfidence? Assignment(SecretCandidateText c)
    {
        var name = System.IO.Path.GetFileName(c.Path);
        if (Lockfiles.Contains(name) || name.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".map", StringComparison.OrdinalIgnoreCase)
            || c.Key is null || !IsSecretName(c.Key))
        {
            return null;
        }

        var value = c.Value;
        var quoted = c.Line.Contains($"\"{value}\"", StringComparison.Ordinal) || c.Line.Contains($"'{value}'", StringComparison.Ordinal)
            || c.Line.Contains($"`{value}`", StringComparison.Ordinal);
        if (!quoted && (CodeExtensions.Contains(System.IO.Path.GetExtension(name)) || MemberAccess().IsMatch(value)))
        {
            return null;
        }

        var lower = value.ToLowerInvariant();
        if (Lookups.Any(lower.Contains) || value[0] is '$' or '%' or '@' or '&' or '*' or '!' or '#' or '\\'
            || Uuid().IsMatch(value) || Integrity().IsMatch(value) || PasswordHash().IsMatch(value) || Sequential(value) || TokenChecks.IsPlaceholder(value))
        {
            return null;
        }

        return SecretValues.Judge(value) == SecretStrength.Strong ? SecretConfidence.Medium : null;
    }

    public static bool IsSecretName(string key)
    {
        var lower = key.ToLowerInvariant();
        // A public key, or .NET's PublicKeyToken (an assembly's identity), is published by design.
        if (DenyListWords.Any(lower.Contains) || lower.Replace("_", string.Empty, StringComparison.Ordinal).Contains("publickey", StringComparison.Ordinal))
        {
            return false;
        }

        var dot = key.LastIndexOf('.');
        var leaf = dot >= 0 ? key[(dot + 1)..] : key;
        var scope = dot >= 0 ? key[..dot] : string.Empty;
        // PGPASSWORD, MYSQL_PWD-style names glue a prefix to the secret word.
        return SecretNames.Classify(leaf.Replace('-', '_'), scope) != SecretKind.None
            || GluedSecretWord().IsMatch(leaf);
    }

    /// <summary>More than half of the neighbours step by one (abcdef, 123456): a keyboard run, not a random value.</summary>
    private static bool Sequential(string value)
    {
        var steps = 0;
        for (var i = 1; i < value.Length; i++)
        {
            if (Math.Abs(value[i] - value[i - 1]) == 1)
            {
                steps++;
            }
        }

        return steps * 2 > value.Length;
    }

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)+$")]
    private static partial Regex MemberAccess();

    [GeneratedRegex("(?:password|passwd|secret|token|apikey)$", RegexOptions.IgnoreCase)]
    private static partial Regex GluedSecretWord();

    // Stored password hashes (Django, bcrypt, argon2, crypt) are what a database keeps instead of the secret.
    [GeneratedRegex("^(?:(?:pbkdf2_[a-z0-9]+|bcrypt(?:_sha256)?|argon2|scrypt|sha1|md5|crypt)\\$|\\$(?:2[abxy]?|argon2(?:id|i|d)|scrypt|[156])\\$|\\{S?SHA\\})")]
    private static partial Regex PasswordHash();

    [GeneratedRegex("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();

    [GeneratedRegex("^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$")]
    private static partial Regex Integrity();
}
