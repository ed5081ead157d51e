using ProdReady.Engine.Facts;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

/// <summary>The app's own secrets (signing keys, passwords) as settings classes, settings modules and environment
/// lookups load them, with whether each may fall back to a default or to nothing.</summary>
internal static class SecretFields
{
    public static IEnumerable<SecretField> Find(RepositoryFacts facts)
    {
        // A lookup assigned to a setting is judged with the setting, even when the setting is left out.
        var covered = facts.Settings.Where(s => s.Value.Kind == ValueKind.EnvLookup).Select(s => (s.File, s.Span.Line)).ToHashSet();
        foreach (var field in PydanticFields(facts).Concat(ModuleSettings(facts)))
        {
            yield return field;
        }

        foreach (var read in facts.EnvReads.Where(r => r.Default is not null && FileRoles.IsCode(r.Span.File) && FileRoles.IsProduction(r.Span.File)
            && !FileRoles.IsMigration(r.Span.File)))
        {
            if (IsOwnSecret(read.Name) && !covered.Contains((read.Span.File, read.Span.Line)))
            {
                yield return new SecretField(read.Name, SecretNames.Classify(read.Name), read.Span, null, null, true, IsEmpty(read.Default!), read.Span.File);
            }
        }
    }

    private static IEnumerable<SecretField> PydanticFields(RepositoryFacts facts)
    {
        foreach (var cls in facts.Classes.Where(c => c.Language == SourceLanguage.Python && FileRoles.IsProduction(c.Span.File)
            && !SettingsClasses.IsDevelopmentScope(c.Name) && SettingsClasses.IsPydanticSettings(facts, c)))
        {
            foreach (var field in cls.Fields.Where(f => IsOwnSecret(f.Name)))
            {
                var unit = $"{cls.Span.File}#{cls.Name}";
                if (field.Value is null)
                {
                    yield return new SecretField(field.Name, SecretNames.Classify(field.Name), field.Span, cls, field, false, false, unit);
                    continue;
                }

                var value = SettingValues.Resolve(facts, field.Value);
                if (value.Kind == ValueKind.Expression)
                {
                    if (value.Raw.StartsWith("Field(...", StringComparison.Ordinal))
                    {
                        yield return new SecretField(field.Name, SecretNames.Classify(field.Name), field.Span, cls, field, false, false, unit);
                    }

                    continue;
                }

                var (literal, _) = SettingValues.Effective(value);
                if (literal is not null)
                {
                    yield return new SecretField(field.Name, SecretNames.Classify(field.Name), field.Span, cls, field, true, IsEmpty(literal), unit);
                }
            }
        }
    }

    private static IEnumerable<SecretField> ModuleSettings(RepositoryFacts facts)
    {
        foreach (var setting in facts.Settings.Where(s => s.Origin is SettingOrigin.PythonModule or SettingOrigin.PythonClass or SettingOrigin.PythonDict or SettingOrigin.JavaScript
            && s.Value.Kind == ValueKind.EnvLookup && FileRoles.IsProduction(s.File) && !SettingsClasses.IsDevelopmentScope(s.Scope) && IsOwnSecret(s.Name)
            && !SettingOverrides.OverriddenInProduction(facts, s)))
        {
            var owner = SettingsClasses.Owner(facts, setting);
            if ((owner is not null && SettingsClasses.IsPydanticSettings(facts, owner)) || LocalDatabase.IsLocalBlock(facts, setting.File, setting.Scope))
            {
                continue;
            }

            var unit = owner is null ? setting.File : $"{setting.File}#{owner.Name}";
            if (setting.Value.EnvDefault is { } fallback)
            {
                yield return new SecretField(setting.Name, SecretNames.Classify(setting.Name), setting.Span, owner, null, true, IsEmpty(fallback), unit);
                continue;
            }

            var required = (FileRoles.IsPython(setting.File) && !ReturnsNoneWhenUnset(setting.Value.Raw))
                || (setting.Name == "SECRET_KEY" && facts.SettingsIn(setting.File).Any(s => s.Name == "INSTALLED_APPS"));
            yield return new SecretField(setting.Name, SecretNames.Classify(setting.Name), setting.Span, owner, null, !required, !required, unit);
        }
    }

    /// <summary>os.getenv and os.environ.get return None for a missing variable; os.environ[...], django-environ's
    /// env("X") and decouple's config("X") raise instead.</summary>
    private static bool ReturnsNoneWhenUnset(string raw) =>
        raw.Contains("getenv(", StringComparison.Ordinal) || raw.Contains("environ.get(", StringComparison.Ordinal);

    private static bool IsOwnSecret(string name) => SecretNames.Classify(name) is SecretKind.Own or SecretKind.Password;

    private static bool IsEmpty(FactValue value) => value.Kind == ValueKind.Null || (value.IsString && string.IsNullOrWhiteSpace(value.Text));
}
