using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

/// <summary>Decides from a setting's name whether it holds a secret. The last word decides: <c>TOKEN_URL</c>,
/// <c>PASSWORD_MIN_LENGTH</c> and <c>SECRET_KEY_NAME</c> end in a word that is not a secret.</summary>
internal static class SecretNames
{
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "SECRET", "API", "PRIVATE", "SIGNING", "ENCRYPTION", "ENCRYPT", "AUTH", "MASTER", "JWT", "HMAC", "SESSION",
        "APP", "FERNET", "CRYPTO", "AES", "CIPHER", "LICENSE", "WEBHOOK",
    };

    // Words that always mean the app's own signing or encryption secret, wherever they appear in the name.
    private static readonly HashSet<string> OwnMechanisms = new(StringComparer.Ordinal)
    {
        "JWT", "SESSION", "COOKIE", "SIGNING", "ENCRYPTION", "ENCRYPT", "HMAC", "FERNET", "CSRF", "NEXTAUTH", "DJANGO", "FLASK",
    };

    // Words that mean the app's own secret only when they lead the name: APP_SECRET, but SENTRY_APP_KEY is Sentry's.
    private static readonly HashSet<string> OwnLeaders = new(StringComparer.Ordinal)
    {
        "APP", "APPLICATION", "AUTH", "SERVER", "MASTER", "ADMIN", "INTERNAL", "TOKEN", "WEBHOOK", "SHARED", "REFRESH",
        "ACCESS", "PRIVATE", "SERVICE",
    };

    private static readonly HashSet<string> ConnectionWords = new(StringComparer.Ordinal)
    {
        "URL", "URI", "DSN", "CONNECTION", "CONNECTIONSTRING", "CONN",
    };

    // IsApiKey, HasToken, PROVIDER_USE_ID_TOKEN, RequireSecret name a flag or a question about a secret, never the secret.
    private static readonly HashSet<string> Predicates = new(StringComparer.Ordinal)
    {
        "IS", "HAS", "USE", "USES", "ENABLE", "ENABLED", "REQUIRE", "REQUIRES", "SHOW", "ALLOW", "DISABLE", "VALIDATE", "SHOULD", "CAN",
    };

    private static readonly HashSet<string> GenericLeaves = new(StringComparer.Ordinal) { "KEY", "SECRET", "TOKEN", "PASSWORD" };

    /// <summary>Classifies a setting; for a generic leaf such as <c>Key</c> in <c>Jwt.Key</c> the enclosing scope names it.</summary>
    public static SecretKind Classify(string name, string scope = "")
    {
        var words = SettingsClasses.Words(name).Select(w => w.ToUpperInvariant()).ToList();
        if (words.Count == 1 && GenericLeaves.Contains(words[0]) && scope.Length > 0)
        {
            words.InsertRange(0, SettingsClasses.Words(scope[(scope.LastIndexOf('.') + 1)..]).Select(w => w.ToUpperInvariant()));
        }

        if (scope.Split('.').Any(s => s.Equals("ConnectionStrings", StringComparison.OrdinalIgnoreCase)))
        {
            return SecretKind.ConnectionString;
        }

        return words.Count == 0 ? SecretKind.None : Classify(words);
    }

    private static SecretKind Classify(List<string> words)
    {
        var last = words[^1];
        var previous = words.Count > 1 ? words[^2] : null;
        if (IsPublicKeyName(words) || IsSessionEntryName(words, last, previous) || words.Take(words.Count - 1).Any(Predicates.Contains))
        {
            return SecretKind.None;
        }

        if (last is "PASSWORD" or "PASSWD" or "PASSPHRASE" || (words.Count > 1 && last is "PASS" or "PWD"))
        {
            return SecretKind.Password;
        }

        if (ConnectionWords.Contains(last) || (last == "STRING" && previous == "CONNECTION"))
        {
            return SecretKind.ConnectionString;
        }

        var secret = last is "SECRET" or "APIKEY" or "TOKEN" or "PRIVATEKEY" or "SECRETKEY"
            || (last == "KEY" && previous is not null && KeyQualifiers.Contains(previous))
            || (last == "KEY" && words.Contains("SECRET"))
            || (last == "KEYS" && previous == "API");
        if (!secret)
        {
            return SecretKind.None;
        }

        if (last == "TOKEN" || words.Contains("CLIENT") || words.Contains("AWS"))
        {
            return SecretKind.Credential;
        }

        var qualifiers = words.Take(words.Count - 1).Where(w => w is not "SECRET" and not "API" and not "KEY").ToList();
        if (qualifiers.Count == 0 || qualifiers.Any(OwnMechanisms.Contains) || OwnLeaders.Contains(qualifiers[0]))
        {
            return SecretKind.Own;
        }

        return SecretKind.Credential;
    }

    // A public key (or .NET's PublicKeyToken, an assembly's identity) is published by design.
    private static bool IsPublicKeyName(List<string> words) =>
        words.Zip(words.Skip(1)).Any(pair => pair is ("PUBLIC", "KEY"));

    // CREATED_SESSION_KEY = "created" names the entry an app stores in the session, not the session's signing key;
    // DJANGO_SESSION_KEY or APP_SESSION_KEY still lead with the mechanism they sign for.
    private static bool IsSessionEntryName(List<string> words, string last, string? previous) =>
        last == "KEY" && previous == "SESSION" && words.Count > 2
        && !OwnMechanisms.Contains(words[^3]) && !OwnLeaders.Contains(words[^3]) && !KeyQualifiers.Contains(words[^3]);
}
