using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Database;

public sealed partial class SqliteInProduction : Rule
{
    private static readonly HashSet<string> ServerProviders = new(StringComparer.Ordinal)
    {
        "UseNpgsql", "UseSqlServer", "UseMySql", "UseMySQL", "UseOracle", "UseCosmos", "UseAzureSql",
    };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("DB001"),
        Name = "sqlite-in-production",
        Title = "SQLite is the production database",
        Area = Area.Database,
        Severity = Severity.Critical,
        EffortHours = 4,
        Rationale = "SQLite takes one writer at a time, lives in a file inside the container (lost on redeploy unless a " +
            "volume is mounted, and never shared between replicas), and has no replication, point-in-time recovery or " +
            "network access for backups and admin tools. A default that points at SQLite is what the deployed app uses " +
            "whenever the database variable is forgotten.",
        Fix = "Use a server database (PostgreSQL, MySQL, SQL Server) in production and read its URL from the environment " +
            "with no SQLite default (`DATABASE_URL: PostgresDsn` as a required field; Django: `dj_database_url.config()` " +
            "without a sqlite default; EF Core: `UseNpgsql(...)`/`UseSqlServer(...)` chosen by environment); keep SQLite " +
            "for tests and local development only.",
        References =
        [
            "https://www.sqlite.org/whentouse.html",
            "https://docs.djangoproject.com/en/stable/ref/databases/#sqlite-notes",
            "https://docs.sqlalchemy.org/en/20/dialects/sqlite.html",
        ],
        Examples = SqliteExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var seen = new HashSet<(string, int)>();
        var violations = SettingViolations(facts).Concat(CallViolations(facts))
            .Where(v => v.Location is { } at && seen.Add((at.File, at.Line)))
            .ToList();
        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return DatabaseEvidence.ServerDatabase(facts) is { } evidence
            ? RuleOutcome.Pass(evidence)
            : RuleOutcome.Skip("no database configuration found");
    }

    private static IEnumerable<Violation> SettingViolations(RepositoryFacts facts)
    {
        foreach (var setting in facts.Settings.Where(s => IsProductionSetting(facts, s)))
        {
            var (literal, fallback) = SettingValues.Effective(SettingValues.Resolve(facts, setting.Value));
            if (literal is not { Kind: ValueKind.String, Text: { } text })
            {
                continue;
            }

            var inClass = setting.Origin == SettingOrigin.PythonClass && setting.Scope.Length > 0;
            if ((IsSqliteUrl(text) && !IsDevelopmentDatabase(text)) || (setting.Name == "ENGINE" && text.EndsWith("sqlite3", StringComparison.Ordinal)))
            {
                // A default the deployment's env files override only serves local runs.
                var variable = fallback ? setting.Value.EnvName : inClass ? setting.Name : null;
                if (variable is null || DeploymentSets(facts, variable) is null)
                {
                    yield return new Violation(setting.Span, Describe(setting, text, fallback, inClass, variable)) { Key = setting.Path };
                }

                continue;
            }

            if (setting.Origin == SettingOrigin.Json && setting.Scope == "ConnectionStrings" && FileRoles.IsDeployedAppSettings(setting.File)
                && SqliteFile().Match(text) is { Success: true } file
                && !IsDevelopmentDatabase(file.Value))
            {
                yield return new Violation(setting.Span, $"connection string {setting.Name} opens the SQLite file {file.Groups["file"].Value}") { Key = setting.Path };
            }
        }
    }

    private static IEnumerable<Violation> CallViolations(RepositoryFacts facts)
    {
        foreach (var call in facts.Calls.Where(c => FileRoles.IsProduction(c.Span.File)))
        {
            if (call.Name is "create_engine" or "create_async_engine" && call.Positional(0) is { Kind: ValueKind.String, Text: { } url }
                && IsSqliteUrl(url) && !IsDevelopmentDatabase(url))
            {
                yield return new Violation(call.Positional(0)!.Span, $"{call.Callee} opens a SQLite database ({url})");
            }
            else if (DebugModeEnabled.IsConfigUpdate(call) && call.Keyword("SQLALCHEMY_DATABASE_URI") is { Kind: ValueKind.String, Text: { } uri } configured
                && IsSqliteUrl(uri) && !IsDevelopmentDatabase(uri))
            {
                yield return new Violation(configured.Span, $"{call.Callee} sets SQLALCHEMY_DATABASE_URI to SQLite ({uri})");
            }
            else if (call.Callee.StartsWith("dj_database_url.", StringComparison.Ordinal) && call.Keyword("default") is { Kind: ValueKind.String, Text: { } fallback }
                && IsSqliteUrl(fallback) && !IsDevelopmentDatabase(fallback))
            {
                yield return new Violation(call.Keyword("default")!.Span, $"{call.Callee} falls back to SQLite ({fallback}) when DATABASE_URL is unset");
            }
            else if (call.Language == SourceLanguage.CSharp && call.Name == "UseSqlite" && !ChoosesServerProvider(facts, call.Span.File))
            {
                yield return new Violation(call.Span, "EF Core is configured with UseSqlite and no server provider");
            }
            else if (call.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript && JsSqliteOption(call) is { } option)
            {
                yield return new Violation(option.Span, $"{call.Callee} is configured for SQLite ({option.Raw})");
            }
        }
    }

    private static string Describe(SettingFact setting, string text, bool fallback, bool inClass, string? variable)
    {
        var subject = setting.Name == "ENGINE" ? "DATABASES" : setting.Name;
        return fallback ? $"{subject} falls back to SQLite ({text}) when {variable ?? "the variable"} is unset ({setting.File})"
            : setting.Name == "ENGINE" ? $"DATABASES uses {text} in {setting.File}"
            : inClass ? $"{subject} defaults to SQLite ({text}) in class {setting.Scope}"
            : $"{subject} is SQLite ({text}) in {setting.File}";
    }

    /// <summary>An env file (a production one or a sample of it; development ones excluded) that gives the variable a
    /// value other than SQLite: then the SQLite default only serves local runs.</summary>
    private static SettingFact? DeploymentSets(RepositoryFacts facts, string variable) =>
        facts.SettingsNamed(variable).FirstOrDefault(s => s.Origin is SettingOrigin.DotEnv or SettingOrigin.Yaml
            && !System.IO.Path.GetFileName(s.File).ToLowerInvariant().Split('.', '-', '_').Any(p => p is "dev" or "development" or "local" or "test")
            && SettingValues.Effective(s.Value).Literal?.Text is { Length: > 0 } value && !IsSqliteUrl(value) && !value.EndsWith("sqlite3", StringComparison.Ordinal));

    /// <summary>The file also configures a server provider, or is a design-time factory (used by <c>dotnet ef</c> to
    /// build migrations for one provider of several), or the application picks a server provider elsewhere. The
    /// file's text is searched as well as its calls because Roslyn leaves inactive <c>#if</c> branches unparsed
    /// (templates switch providers that way).</summary>
    private static bool ChoosesServerProvider(RepositoryFacts facts, string file) =>
        facts.CallsIn(file).Any(o => ServerProviders.Contains(o.Name))
        || (facts.Repository.File(file)?.Text is { } text && (text.Contains("IDesignTimeDbContextFactory", StringComparison.Ordinal)
            || ServerProviders.Any(p => text.Contains(p + "(", StringComparison.Ordinal))))
        || facts.Calls.Any(o => o.Language == SourceLanguage.CSharp && ServerProviders.Contains(o.Name) && FileRoles.IsProduction(o.Span.File)
            && !CodePaths.IsTooling(o.Span.File));

    private static FactValue? JsSqliteOption(CallFact call) =>
        call.Arguments.Select(a => a.Value).Where(v => v.Kind == ValueKind.Dict)
            .SelectMany(v => v.Entries)
            .Where(e => e.Key is "dialect" or "client" or "type" && e.Value.Text is "sqlite" or "sqlite3" or "better-sqlite3")
            .Select(e => e.Value)
            .FirstOrDefault();

    private static bool IsProductionSetting(RepositoryFacts facts, SettingFact setting)
    {
        if (!FileRoles.IsProduction(setting.File) || FileRoles.IsEnvExample(setting.File)
            || SettingsClasses.IsDevelopmentScope(setting.Scope) || SettingsClasses.IsDevelopmentName(setting.Name)
            || SettingOverrides.OverriddenInProduction(facts, setting))
        {
            return false;
        }

        return setting.Origin != SettingOrigin.DotEnv || FileRoles.IsProductionEnvFile(setting.File);
    }

    public static bool IsSqliteUrl(string text) =>
        text.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("sqlite+", StringComparison.OrdinalIgnoreCase);

    /// <summary>In-memory databases and files named for development or tests (dev.db, test.sqlite3, local.db).</summary>
    private static bool IsDevelopmentDatabase(string text)
    {
        if (text.Contains(":memory:", StringComparison.Ordinal) || text.TrimEnd('/').EndsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var file = System.IO.Path.GetFileNameWithoutExtension(text.Split('?')[0]);
        return SettingsClasses.IsDevelopmentName(file);
    }

    [GeneratedRegex("(?:Data Source|DataSource|Filename)\\s*=\\s*(?<file>[^;]*\\.(?:db|sqlite|sqlite3))\\s*(;|$)", RegexOptions.IgnoreCase)]
    private static partial Regex SqliteFile();
}
