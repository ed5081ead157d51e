using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Configuration;

public sealed class HardcodedLocalhostUrl : Rule
{
    private static readonly string[] BuildTimePrefixes = ["VITE_", "REACT_APP_", "NEXT_PUBLIC_", "NUXT_PUBLIC_", "PUBLIC_", "EXPO_PUBLIC_", "VUE_APP_"];

    private static readonly string[] ToolConfigStems = ["tsconfig", "jsconfig", "package", "package-lock", "composer", "renovate", "components", "manifest", "firebase", "vercel", "netlify", "capacitor.config", "tauri.conf", "launchsettings", ".eslintrc", ".prettierrc", "babel.config", "jest.config"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CFG002"),
        Name = "hardcoded-localhost-url",
        Title = "Localhost URL hardcoded in production code or configuration",
        Area = Area.Configuration,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "A URL that points at localhost works on the developer's machine and nowhere else: in production the " +
            "browser calls the visitor's own computer, OAuth redirects and CORS origins point at nothing, and the server " +
            "talks to itself. Backend settings defaults are what the deployed server runs with unless every variable is " +
            "set. A fallback behind a build-time frontend variable (VITE_*, REACT_APP_*) and a Vite dev-server proxy target " +
            "only bite when the build is misconfigured or in development, so they are reported at low severity.",
        Fix = "Read the URL from configuration with no localhost default: a required pydantic field or " +
            "`os.environ[\"FRONTEND_URL\"]`, `import.meta.env.VITE_API_URL` set in the build, or a relative URL (`/api`) " +
            "served behind the same origin; keep localhost values in .env.development or settings/dev.py.",
        References =
        [
            "https://12factor.net/config",
            "https://vite.dev/guide/env-and-mode",
            "https://docs.pydantic.dev/latest/concepts/pydantic_settings/",
        ],
        Examples = LocalhostUrlExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var seen = new HashSet<(string, int)>();
        var violations = new List<Violation>();
        foreach (var violation in SettingViolations(facts).Concat(EnvFallbackViolations(facts)).Concat(LiteralViolations(facts)))
        {
            if (violation.Location is { } at && seen.Add((at.File, at.Line)))
            {
                violations.Add(violation);
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass();
    }

    private static IEnumerable<Violation> SettingViolations(RepositoryFacts facts)
    {
        foreach (var setting in facts.Settings.Where(s => IsProductionSetting(facts, s)))
        {
            var value = SettingValues.Resolve(facts, setting.Value);
            var zeroIsLocal = setting.Origin is SettingOrigin.PythonModule or SettingOrigin.PythonClass or SettingOrigin.PythonDict or SettingOrigin.DotEnv;
            if (value.Kind == ValueKind.Dict)
            {
                // Every key of a dict or JSON/YAML object is a setting of its own.
                continue;
            }

            var parsed = SettingValues.Strings(value).Select(s => LocalUrls.Parse(s.Value.Text ?? string.Empty, zeroIsLocal)).ToList();
            var locals = parsed.SelectMany(p => p.Local).ToList();
            if (locals.Count == 0 || (zeroIsLocal && IsBindSetting(setting.Name) && locals.All(l => l.Contains("0.0.0.0", StringComparison.Ordinal))))
            {
                continue;
            }

            var where = setting.Origin == SettingOrigin.PythonClass && setting.Scope.Length > 0 ? $"class {setting.Scope}" : setting.File;
            if (locals.Count < parsed.Sum(p => p.Total))
            {
                yield return new Violation(setting.Span, $"{setting.Name} includes {locals[0]} next to real origins ({where}): a development origin allowed in production")
                {
                    Severity = Severity.Low,
                    Key = setting.Name,
                };
                continue;
            }

            var message = value.Kind == ValueKind.EnvLookup ? $"{setting.Name} falls back to {locals[0]} ({where})"
                : setting.Origin == SettingOrigin.PythonClass ? $"{setting.Name} defaults to {locals[0]} ({where})"
                : $"{setting.Name} is {locals[0]} in {setting.File}";
            yield return new Violation(setting.Span, message) { Key = setting.Name };
        }
    }

    private static IEnumerable<Violation> EnvFallbackViolations(RepositoryFacts facts) =>
        facts.EnvReads
            .Where(r => FileRoles.IsPython(r.Span.File) && FileRoles.IsProduction(r.Span.File) && r.Default is { Kind: ValueKind.String })
            .Where(r => !SettingsClasses.IsDevelopmentName(r.Name) && LocalUrls.IsLocal(r.Default!.Text ?? string.Empty))
            .Select(r => new Violation(r.Default!.Span, $"{r.Name} falls back to {r.Default!.Text} when the variable is unset") { Key = r.Name });

    private static IEnumerable<Violation> LiteralViolations(RepositoryFacts facts)
    {
        var logged = LoggedSpans(facts);
        Fallbacks? fallbacks = null;
        foreach (var literal in facts.Strings.Where(s => s.Language != SourceLanguage.Python && FileRoles.IsProduction(s.Span.File)))
        {
            var file = literal.Span.File;
            var frontend = literal.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript;
            var (local, _) = LocalUrls.Parse(literal.Value, bindAddressesAreLocal: frontend);
            if (local.Count == 0 || logged.Contains((file, literal.Span.Line, literal.Span.Column)))
            {
                continue;
            }

            var name = System.IO.Path.GetFileName(file);
            if (name.StartsWith("vite.config.", StringComparison.Ordinal))
            {
                yield return new Violation(literal.Span, $"{name} points the dev server at {local[0]}: this only affects `vite dev`, not the built app") { Severity = Severity.Low };
                continue;
            }

            if (name.Contains(".config.", StringComparison.Ordinal) || name.StartsWith('.'))
            {
                continue;
            }

            fallbacks ??= new Fallbacks(facts);
            var variable = fallbacks.Of(literal.Span);
            if (variable is not null)
            {
                var buildTime = BuildTimePrefixes.Any(p => variable.StartsWith(p, StringComparison.Ordinal));
                yield return buildTime
                    ? new Violation(literal.Span, $"{local[0]} is the fallback when {variable} is not set at build time") { Severity = Severity.Low }
                    : new Violation(literal.Span, $"{variable} falls back to {local[0]} when the variable is unset");
                continue;
            }

            yield return new Violation(literal.Span, $"{local[0]} is hardcoded in {name}: deployed, it points at the machine the code runs on");
        }
    }

    private static bool IsProductionSetting(RepositoryFacts facts, SettingFact setting)
    {
        if (!FileRoles.IsProduction(setting.File) || FileRoles.IsEnvExample(setting.File)
            || SettingsClasses.IsDevelopmentScope(setting.Scope) || SettingsClasses.IsDevelopmentName(setting.Name)
            || SettingOverrides.OverriddenInProduction(facts, setting))
        {
            return false;
        }

        return setting.Origin switch
        {
            SettingOrigin.PythonModule or SettingOrigin.PythonClass or SettingOrigin.PythonDict => true,
            SettingOrigin.DotEnv => FileRoles.IsProductionEnvFile(setting.File),
            SettingOrigin.Json or SettingOrigin.Yaml => IsAppConfigFile(setting.File) && FileRoles.IsDeployedAppSettings(setting.File),
            _ => false,
        };
    }

    private static bool IsAppConfigFile(string path)
    {
        if (FileRoles.IsCompose(path) || FileRoles.IsCi(path))
        {
            return false;
        }

        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        var stem = System.IO.Path.GetFileNameWithoutExtension(name);
        if (ToolConfigStems.Any(t => stem == t || stem.StartsWith(t + ".", StringComparison.Ordinal)))
        {
            return false;
        }

        return name.StartsWith("appsettings", StringComparison.Ordinal) || stem.Contains("config", StringComparison.Ordinal)
            || stem.Contains("settings", StringComparison.Ordinal) || stem is "application" or "production" or "prod"
            || path.Split('/')[..^1].Any(d => d is "config" or "configs" or "conf" or "settings");
    }

    private static bool IsBindSetting(string name) =>
        SettingsClasses.Words(name).Any(w => w.ToUpperInvariant() is "HOST" or "BIND" or "LISTEN" or "URLS");

    /// <summary>Literals that are logged or compared (<c>url.startsWith("http://localhost")</c>), not used as an address.</summary>
    private static HashSet<(string, int, int)> LoggedSpans(RepositoryFacts facts) =>
        facts.Calls
            .Where(c => c.Callee.StartsWith("console.", StringComparison.Ordinal) || c.Callee.StartsWith("logger.", StringComparison.Ordinal)
                || c.Callee.StartsWith("log.", StringComparison.Ordinal) || c.Callee.StartsWith("Console.", StringComparison.Ordinal)
                || c.Name is "startsWith" or "endsWith" or "includes" or "indexOf" or "match" or "replace" or "test" or "StartsWith" or "Contains" or "Equals")
            .SelectMany(c => c.Arguments)
            .Select(a => (a.Value.Span.File, a.Value.Span.Line, a.Value.Span.Column))
            .ToHashSet();

    /// <summary>The variable a literal is the fallback of, by the literal's position: the first environment read
    /// with that default, else the first setting whose environment lookup has it.</summary>
    private sealed class Fallbacks
    {
        private readonly Dictionary<(string, int, int), string> _reads = [];
        private readonly Dictionary<(string, int, int), string?> _settings = [];

        public Fallbacks(RepositoryFacts facts)
        {
            foreach (var read in facts.EnvReads.Where(r => r.Default is not null))
            {
                _reads.TryAdd(Key(read.Default!.Span), read.Name);
            }

            foreach (var setting in facts.Settings.Where(s => s.Value.EnvDefault is not null))
            {
                _settings.TryAdd(Key(setting.Value.EnvDefault!.Span), setting.Value.EnvName);
            }
        }

        public string? Of(SourceSpan span) => _reads.GetValueOrDefault(Key(span)) ?? _settings.GetValueOrDefault(Key(span));

        private static (string, int, int) Key(SourceSpan span) => (span.File, span.Line, span.Column);
    }
}
