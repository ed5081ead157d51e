using System.Runtime.CompilerServices;
using ProdReady.Engine.Facts;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

/// <summary>Finds the literal values given to secret-named settings in code and configuration that reaches
/// production: module and class assignments, dict entries, JSON/YAML keys, .env entries, and the fallbacks of
/// environment lookups such as <c>os.getenv("JWT_SECRET", "dev")</c>.</summary>
internal static class SecretSettings
{
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "auth", "user", "app", "storage", "local", "session", "id", "key", "token", "access", "refresh", "secret", "password",
    };

    private static readonly HashSet<string> EnumBases = new(StringComparer.Ordinal)
    {
        "Enum", "StrEnum", "IntEnum", "IntFlag", "Flag", "TextChoices", "IntegerChoices", "Choices",
    };

    private static readonly HashSet<string> SampleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dummy", "fake", "sample", "example", "demo", "placeholder", "mock",
    };

    private static readonly HashSet<string> TranslationFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "locales", "locale", "i18n", "lang", "langs", "translations", "messages",
    };

    private static readonly ConditionalWeakTable<string, StrongBox<bool>> ScopedPaths = [];

    public static IEnumerable<SecretCandidate> Find(RepositoryFacts facts)
    {
        var seen = new HashSet<(string, int, int)>();
        foreach (var setting in facts.Settings.Where(s => InScope(s.File) && !SettingsClasses.IsDevelopmentScope(s.Scope)
            && !SettingOverrides.OverriddenInProduction(facts, s)))
        {
            var owner = SettingsClasses.Owner(facts, setting);
            if (owner is not null && owner.Bases.Any(b => EnumBases.Contains(b[(b.LastIndexOf('.') + 1)..])))
            {
                // Members of an enum or choices class are codes (AccountErrorCode.INVALID_PASSWORD), never configuration.
                continue;
            }

            var constants = owner is not null && !SettingsClasses.IsPydanticSettings(facts, owner) && !owner.Name.EndsWith("Settings", StringComparison.Ordinal)
                && !owner.Name.EndsWith("Config", StringComparison.Ordinal);
            if (constants && setting.Value.Kind == ValueKind.String && SpellsName(setting.Name, setting.Value.Text))
            {
                // A constants class whose member is its own name in lower case: an event or field-type name.
                continue;
            }

            foreach (var candidate in FromValue(facts, setting.Name, setting.Scope, setting.Value, setting.Span, setting.Origin, 0))
            {
                if (seen.Add(Key(candidate.Literal.Span)))
                {
                    yield return candidate;
                }
            }
        }

        foreach (var read in facts.EnvReads.Where(r => InScope(r.Span.File) && r.Default is { Kind: ValueKind.String }))
        {
            var kind = SecretNames.Classify(read.Name);
            if (kind != SecretKind.None && seen.Add(Key(read.Default!.Span)) && !IsLabel(read.Name, read.Default.Text, read.Span.File))
            {
                yield return new SecretCandidate(read.Name, string.Empty, kind, read.Default, true, read.Default.Span, null);
            }
        }
    }

    private static IEnumerable<SecretCandidate> FromValue(RepositoryFacts facts, string name, string scope, FactValue value, SourceSpan location, SettingOrigin origin, int depth)
    {
        if (depth > 6)
        {
            yield break;
        }

        if (value.Kind == ValueKind.Dict)
        {
            var inner = scope.Length == 0 ? name : $"{scope}.{name}";
            foreach (var entry in value.Entries)
            {
                foreach (var candidate in FromValue(facts, entry.Key, inner, entry.Value, entry.KeySpan, origin, depth + 1))
                {
                    yield return candidate;
                }
            }

            yield break;
        }

        var kind = SecretNames.Classify(name, scope);
        if (kind == SecretKind.None)
        {
            yield break;
        }

        var (literal, fallback) = SettingValues.Effective(SettingValues.Resolve(facts, value));
        if (literal is not { Kind: ValueKind.String } || IsLabel(name, literal.Text, location.File))
        {
            yield break;
        }

        yield return new SecretCandidate(name, scope, kind, literal, fallback, location, origin);
    }

    // Asked for every setting: the answer is kept per path string, which all facts of a file share.
    private static bool InScope(string path) => ScopedPaths.GetValue(path, p => new StrongBox<bool>(
        FileRoles.IsProduction(p) && !FileRoles.IsEnvExample(p) && !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        && !p.Split('/')[..^1].Any(TranslationFolders.Contains))).Value;

    /// <summary>In JavaScript, JSON and YAML a secret-named key often holds a label or a storage key
    /// (<c>ACCESS_TOKEN = "access_token"</c>, <c>password: "Password"</c>), not a secret.</summary>
    private static bool IsLabel(string name, string? value, string file)
    {
        if (value is null)
        {
            return false;
        }

        if (FileRoles.IsPython(file))
        {
            return IsPythonLabel(name, value);
        }

        if (FileRoles.IsJavaScript(file) && (value.StartsWith("AIza", StringComparison.Ordinal) || value.StartsWith("pk_", StringComparison.Ordinal)))
        {
            return true;
        }

        if (!FileRoles.IsJavaScript(file) && value.Any(char.IsWhiteSpace))
        {
            return true;
        }

        if (!value.All(c => char.IsLetter(c) || c is '_' or '-' or '.' or ':'))
        {
            return false;
        }

        var nameWords = SettingsClasses.Words(name).Select(w => w.ToUpperInvariant()).ToList();
        var valueWords = SettingsClasses.Words(value).Select(w => w.ToUpperInvariant()).ToList();
        if (valueWords.SequenceEqual(nameWords))
        {
            return true;
        }

        return nameWords.Count > 0 && nameWords[^1] is "TOKEN" or "KEY" && valueWords.Count > 0
            && valueWords.All(w => nameWords.Contains(w) || LabelWords.Contains(w));
    }

    /// <summary>In Python a secret-named constant is taken as a label only when it is clearly one: a sentence
    /// (<c>INVALID_TOKEN = "Invalid or expired token."</c>), or a name that says it holds sample data
    /// (<c>DUMMY_STAFF_PASSWORD</c>). <c>SECRET_KEY = "secret-key"</c> in settings stays a weak secret.</summary>
    private static bool IsPythonLabel(string name, string value)
    {
        if (value.Count(char.IsWhiteSpace) >= 2 && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
        {
            return true;
        }

        return SettingsClasses.Words(name).Any(w => SampleWords.Contains(w));
    }

    /// <summary>The value is the name itself in another case or separator: ACCOUNT_SET_PASSWORD = "account_set_password".</summary>
    private static bool SpellsName(string name, string? value) =>
        value is not null && value.All(c => char.IsLetter(c) || c is '_' or '-' or '.' or ' ')
        && SettingsClasses.Words(value).Select(w => w.ToUpperInvariant()).SequenceEqual(SettingsClasses.Words(name).Select(w => w.ToUpperInvariant()));

    private static (string, int, int) Key(SourceSpan span) => (span.File, span.Line, span.Column);
}
