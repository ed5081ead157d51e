using System.Text.RegularExpressions;

namespace ProdReady.Rules.Secrets;

/// <summary>Judges a literal value given to a secret: a real-looking secret, a weak or placeholder one, or not a
/// secret at all. What is left once common words and separators are removed must be long and varied enough.</summary>
internal static partial class SecretValues
{
    public const string DjangoInsecurePrefix = "django-insecure-";

    public const int MinimumLength = 16;

    private static readonly HashSet<string> ShortWeakWords = new(StringComparer.Ordinal)
    {
        "my", "our", "the", "is", "it", "in", "to", "for", "and", "of", "me", "dev", "prod", "app", "jwt", "api", "key",
        "abc", "xyz", "foo", "bar", "baz", "tmp", "not", "set", "pwd", "pass", "qa", "a", "an", "be", "do", "use", "new",
    };

    private static readonly string[] LongWeakWords =
    [
        "changeme", "change", "replace", "please", "secrets", "secret", "passwords", "password", "passwd", "default",
        "development", "develop", "production", "testing", "test", "localhost", "local", "demo", "sample", "dummy", "fake",
        "insecure", "unsafe", "super", "very", "long", "random", "string", "value", "application", "django", "flask",
        "fastapi", "express", "admin", "qwerty", "letmein", "temp", "real", "strong", "hard", "guess", "generated",
        "generate", "with", "openssl", "this", "that", "keys", "token", "tokens", "user", "welcome", "hello", "world",
        "signing", "session", "private", "public", "access", "refresh", "auth", "login", "server", "backend", "frontend",
        "mysecret", "mykey", "here", "only", "must", "should", "before", "deploy", "deployment", "staging",
    ];

    private static readonly string[] PlaceholderMarks =
    [
        "xxx", "***", "...", "placeholder", "example", "replace", "insert", "redacted", "fill_in", "fill-in", "todo",
        "fixme", "_here", "-here", "here_", "here-",
    ];

    // Test keys that CAPTCHA providers publish for automated tests: they always pass and protect nothing.
    private static readonly HashSet<string> PublishedTestKeys = new(StringComparer.Ordinal)
    {
        "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
        "0x0000000000000000000000000000000000000000", "1x0000000000000000000000000000000AA",
        "2x0000000000000000000000000000000AA", "3x0000000000000000000000000000000AA",
    };

    public static SecretStrength Judge(string value)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return SecretStrength.Empty;
        }

        if (PublishedTestKeys.Contains(text))
        {
            return SecretStrength.NotSecret;
        }

        if (text.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            return text.Contains("PRIVATE KEY", StringComparison.Ordinal) ? SecretStrength.Strong : SecretStrength.NotSecret;
        }

        if (IsNotSecret(text))
        {
            return SecretStrength.NotSecret;
        }

        if (text.StartsWith(DjangoInsecurePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Judge(text[DjangoInsecurePrefix.Length..]) == SecretStrength.Strong ? SecretStrength.Strong : SecretStrength.Weak;
        }

        var lower = text.ToLowerInvariant();
        if (lower.StartsWith("your", StringComparison.Ordinal) || PlaceholderMarks.Any(lower.Contains) || text.Distinct().Count() == 1
            || (lower.IndexOf('<') is >= 0 and var open && lower.IndexOf('>', open) > open))
        {
            return SecretStrength.Placeholder;
        }

        if (text.Length < MinimumLength)
        {
            return SecretStrength.Weak;
        }

        var rest = Remainder(text);
        return rest.Length >= 12 && Entropy(rest) >= 3.0 && CharacterClasses(rest) >= 2 ? SecretStrength.Strong : SecretStrength.Weak;
    }

    /// <summary>The password inside a URL (<c>postgres://user:pw@host</c>) or an ADO.NET connection string
    /// (<c>Password=pw;</c>), or null.</summary>
    public static string? EmbeddedPassword(string connection)
    {
        var match = UrlPassword().Match(connection);
        if (!match.Success)
        {
            match = KeywordPassword().Match(connection);
        }

        return match.Success ? match.Groups["pw"].Value.Trim() : null;
    }

    /// <summary>A short, safe description of why a value is weak, for messages (never the value itself).</summary>
    public static string DescribeWeakness(string value)
    {
        var text = value.Trim();
        if (text.StartsWith(DjangoInsecurePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return "a 'django-insecure-' key with a guessable tail";
        }

        return Judge(text) == SecretStrength.Placeholder ? "a placeholder value"
            : text.Length < MinimumLength ? $"a value only {text.Length} characters long"
            : "a guessable value made of common words";
    }

    private static bool IsNotSecret(string text) =>
        text.Contains("${", StringComparison.Ordinal) || text.Contains("{{", StringComparison.Ordinal)
        || text.Contains("#{", StringComparison.Ordinal) || FormatReference().IsMatch(text)
        || EnvReference().IsMatch(text) || PathLike().IsMatch(text) || DottedName().IsMatch(text)
        || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || FileLike().IsMatch(text);

    private static string Remainder(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (Match part in Parts().Matches(text))
        {
            var piece = part.Value;
            if (char.IsLetter(piece[0]))
            {
                var lower = piece.ToLowerInvariant();
                if (ShortWeakWords.Contains(lower))
                {
                    continue;
                }

                foreach (var word in LongWeakWords)
                {
                    var at = lower.IndexOf(word, StringComparison.Ordinal);
                    while (at >= 0)
                    {
                        piece = piece.Remove(at, word.Length);
                        lower = lower.Remove(at, word.Length);
                        at = lower.IndexOf(word, StringComparison.Ordinal);
                    }
                }
            }

            builder.Append(piece);
        }

        return builder.ToString();
    }

    private static double Entropy(string text)
    {
        var counts = text.GroupBy(c => c).Select(g => (double)g.Count());
        return -counts.Sum(n => n / text.Length * Math.Log2(n / text.Length));
    }

    private static int CharacterClasses(string text) =>
        new[] { text.Any(char.IsLower), text.Any(char.IsUpper), text.Any(char.IsDigit), text.Any(c => !char.IsLetterOrDigit(c)) }.Count(b => b);

    // Letters and digits as runs; separators between words are dropped, other symbols kept as entropy.
    [GeneratedRegex("[A-Za-z]+|[0-9]+|[^A-Za-z0-9\\-_. :/]")]
    private static partial Regex Parts();

    [GeneratedRegex("^\\$[A-Za-z_][A-Za-z0-9_]*$|^env\\(", RegexOptions.IgnoreCase)]
    private static partial Regex EnvReference();

    [GeneratedRegex("^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*){2,}$")]
    private static partial Regex DottedName();

    [GeneratedRegex("%\\([A-Za-z_][A-Za-z0-9_]*\\)[sd]")]
    private static partial Regex FormatReference();

    // Lower-case segments only, so a base64 secret that happens to start with '/' is not taken for a path.
    [GeneratedRegex("^(\\.\\.?/[A-Za-z0-9_.\\-/]+|/[a-z0-9_.\\-]+(/[a-z0-9_.\\-]+)+)$")]
    private static partial Regex PathLike();

    [GeneratedRegex("\\.(pem|key|crt|cer|json|txt|p12|pfx|jks)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileLike();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.\\-]*://[^:/@\\s]*:(?<pw>[^@\\s]+)@")]
    private static partial Regex UrlPassword();

    [GeneratedRegex("(?:^|;)\\s*(?:password|pwd)\\s*=\\s*(?<pw>[^;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex KeywordPassword();
}
