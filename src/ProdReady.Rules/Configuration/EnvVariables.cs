using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Configuration;

/// <summary>The environment variables an application reads: explicit lookups in production code and the fields of
/// pydantic settings classes (named by their alias or env prefix when one is given). Variables the platform or the
/// toolchain sets (PATH, NODE_ENV, Vite's MODE) are left out.</summary>
internal static class EnvVariables
{
    private static readonly HashSet<string> Platform = new(StringComparer.OrdinalIgnoreCase)
    {
        "PATH", "HOME", "USER", "USERNAME", "PWD", "SHELL", "TERM", "LANG", "LC_ALL", "TZ", "TMPDIR", "TEMP", "TMP", "CI",
        "HOSTNAME", "PORT", "NODE_ENV", "PYTHONPATH", "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "VIRTUAL_ENV",
        "DJANGO_SETTINGS_MODULE", "KUBERNETES_SERVICE_HOST", "K_SERVICE", "GITHUB_ACTIONS", "ASPNETCORE_ENVIRONMENT",
        "ASPNETCORE_URLS", "DOTNET_ENVIRONMENT", "INIT_CWD", "PYTEST_CURRENT_TEST", "WERKZEUG_RUN_MAIN", "RUN_MAIN",
        "VERCEL", "VERCEL_ENV", "VERCEL_URL", "RENDER", "DYNO", "APPDATA", "LOCALAPPDATA", "USERPROFILE", "COMPUTERNAME",
    };

    private static readonly HashSet<string> ViteBuiltIns = new(StringComparer.Ordinal) { "MODE", "DEV", "PROD", "SSR", "BASE_URL" };

    private static readonly string[] PlatformPrefixes = ["GITHUB_", "RUNNER_", "npm_", "DOTNET_", "AWS_LAMBDA_", "GAE_"];

    /// <summary>Each variable with the place it is first read.</summary>
    public static IReadOnlyDictionary<string, SourceSpan> Read(RepositoryFacts facts)
    {
        var found = new SortedDictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var read in facts.EnvReads.Where(r => FileRoles.IsCode(r.Span.File) && FileRoles.IsProduction(r.Span.File) && !IsToolConfig(r.Span.File)
            && !Engine.Files.PathRoles.IsGeneratedOrMigration(r.Span.File)
            && !InDevelopmentClass(facts, r.Span)))
        {
            if (!Ignored(read.Name, read.Span.File))
            {
                found.TryAdd(read.Name, read.Span);
            }
        }

        foreach (var cls in facts.Classes.Where(c => c.Language == SourceLanguage.Python && FileRoles.IsProduction(c.Span.File)))
        {
            if (!SettingsClasses.IsPydanticSettings(facts, cls) || SettingsClasses.IsDevelopmentScope(cls.Name))
            {
                continue;
            }

            var prefix = EnvPrefix(facts, cls);
            foreach (var field in cls.Fields.Where(f => !f.Name.StartsWith('_') && f.Name != "model_config" && f.Annotation is not null))
            {
                var name = Alias(facts, field) ?? prefix + field.Name;
                if (!Ignored(name, cls.Span.File))
                {
                    found.TryAdd(name, field.Span);
                }
            }
        }

        return found;
    }

    /// <summary>vite.config.ts, webpack.config.js and the like configure the dev server and the build, not the app.</summary>
    private static bool IsToolConfig(string path) =>
        FileRoles.IsJavaScript(path) && System.IO.Path.GetFileName(path).Contains(".config.", StringComparison.Ordinal);

    /// <summary>DEV_DATABASE_URL read inside class DevelopmentConfig is not something production must set.</summary>
    private static bool InDevelopmentClass(RepositoryFacts facts, SourceSpan span) =>
        facts.ClassesIn(span.File).Any(c => c.Span.Line <= span.Line && c.EndLine >= span.Line && SettingsClasses.IsDevelopmentScope(c.Name));

    private static bool Ignored(string name, string file) =>
        name.Length == 0 || Platform.Contains(name) || PlatformPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
        || (FileRoles.IsJavaScript(file) && ViteBuiltIns.Contains(name));

    private static string EnvPrefix(RepositoryFacts facts, ClassFact cls)
    {
        var config = cls.Fields.FirstOrDefault(f => f.Name == "model_config")?.Value;
        if (config is not null)
        {
            var call = facts.CallsAt(config.Span).FirstOrDefault();
            if (call?.Keyword("env_prefix")?.Text is { } prefix)
            {
                return prefix;
            }
        }

        var inner = facts.SettingsIn(cls.Span.File).FirstOrDefault(s => s.Name == "env_prefix"
            && s.Scope == $"{cls.Name}.Config" && s.Value.IsString);
        return inner?.Value.Text ?? string.Empty;
    }

    private static string? Alias(RepositoryFacts facts, FieldFact field)
    {
        if (field.Value is not { Kind: ValueKind.Expression } value)
        {
            return null;
        }

        var call = facts.CallsAt(value.Span).FirstOrDefault(c => c.Name == "Field");
        return (call?.Keyword("validation_alias") ?? call?.Keyword("alias") ?? call?.Keyword("env")) is { IsString: true } alias ? alias.Text : null;
    }
}
