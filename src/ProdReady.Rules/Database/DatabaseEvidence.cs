using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Database;

/// <summary>Signs that the app talks to a server database: a driver dependency, a server engine in Django's
/// DATABASES, a postgres/mysql URL in settings, or an EF Core server provider.</summary>
internal static class DatabaseEvidence
{
    private static readonly HashSet<string> Drivers = new(StringComparer.OrdinalIgnoreCase)
    {
        "psycopg2", "psycopg2-binary", "psycopg", "psycopg-binary", "asyncpg", "mysqlclient", "pymysql", "aiomysql",
        "asyncmy", "mysql-connector-python", "pyodbc", "oracledb", "pg", "mysql2", "postgres", "tedious",
        "npgsql", "npgsql.entityframeworkcore.postgresql", "microsoft.entityframeworkcore.sqlserver",
        "pomelo.entityframeworkcore.mysql", "microsoft.data.sqlclient",
    };

    private static readonly string[] ServerSchemes = ["postgres", "postgresql", "mysql", "mariadb", "mssql", "oracle", "cockroachdb"];

    public static Evidence? ServerDatabase(RepositoryFacts facts)
    {
        var setting = facts.Settings.FirstOrDefault(s => FileRoles.IsProduction(s.File) && !FileRoles.IsEnvExample(s.File) && IsServerSetting(s));
        if (setting is not null)
        {
            return new Evidence($"server database configured in {setting.Span} ({setting.Name})", setting.Span);
        }

        var provider = facts.Calls.FirstOrDefault(c => c.Language == SourceLanguage.CSharp && c.Name is "UseNpgsql" or "UseSqlServer" or "UseMySql" or "UseMySQL" or "UseOracle");
        if (provider is not null)
        {
            return new Evidence($"server database provider {provider.Name} in {provider.Span}", provider.Span);
        }

        var driver = facts.Dependencies.FirstOrDefault(d => !d.Development && Drivers.Contains(d.Name));
        return driver is null ? null : new Evidence($"database driver {driver.Name} declared in {driver.Span}", driver.Span);
    }

    private static bool IsServerSetting(SettingFact setting)
    {
        var text = SettingValues.Effective(setting.Value).Literal?.Text;
        if (text is null)
        {
            return false;
        }

        return (setting.Name == "ENGINE" && text.StartsWith("django.db.backends.", StringComparison.Ordinal) && !text.EndsWith("sqlite3", StringComparison.Ordinal))
            || ServerSchemes.Any(s => text.StartsWith(s + "://", StringComparison.OrdinalIgnoreCase) || text.StartsWith(s + "+", StringComparison.OrdinalIgnoreCase));
    }
}
