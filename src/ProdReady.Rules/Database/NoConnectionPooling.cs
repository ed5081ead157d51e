using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Database;

public sealed class NoConnectionPooling : Rule
{
    private static readonly string[] PoolKeywords = ["pool_size", "max_overflow", "pool_pre_ping", "pool_recycle", "pool_timeout"];

    private static readonly HashSet<string> PoolFactories = new(StringComparer.Ordinal)
    {
        "create_pool", "ConnectionPool", "AsyncConnectionPool", "SimpleConnectionPool", "ThreadedConnectionPool",
        "createPool", "Pool", "AddDbContextPool", "AddPooledDbContextFactory",
    };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("DB003"),
        Name = "no-connection-pooling",
        Title = "Database connections are not pooled",
        Area = Area.Database,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "Opening a database connection costs a TCP and TLS handshake and authentication, often more than the " +
            "query itself; without a pool every request pays it, latency rises under load and the database runs out of " +
            "connections. Only explicit settings that turn pooling off are reported; the pools that are configured are " +
            "listed as good practice.",
        Fix = "SQLAlchemy: keep the default QueuePool and size it (`create_engine(url, pool_size=10, max_overflow=20, " +
            "pool_pre_ping=True)`); use NullPool only behind PgBouncer. Django: `CONN_MAX_AGE = 60` with " +
            "`CONN_HEALTH_CHECKS = True`, or `OPTIONS = {\"pool\": True}` on PostgreSQL (Django 5.1+). EF Core: " +
            "`AddDbContextPool` and no `Pooling=false` in the connection string.",
        References =
        [
            "https://docs.sqlalchemy.org/en/20/core/pooling.html",
            "https://docs.djangoproject.com/en/stable/ref/databases/#persistent-connections",
            "https://learn.microsoft.com/ef/core/performance/advanced-performance-topics#dbcontext-pooling",
        ],
        Examples = PoolingExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var call in facts.Calls.Where(c => FileRoles.IsProduction(c.Span.File)))
        {
            JudgeCall(facts, call, violations, evidence);
        }

        foreach (var setting in facts.Settings.Where(s => FileRoles.IsProduction(s.File) && !SettingsClasses.IsDevelopmentScope(s.Scope)
            && !SettingOverrides.OverriddenInProduction(facts, s)))
        {
            JudgeSetting(setting, violations, evidence);
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        if (evidence.Count > 0)
        {
            return RuleOutcome.Pass(evidence.Take(3));
        }

        var sqlite = facts.Calls.Any(c => c.Name is "create_engine" or "create_async_engine" && UsesSqlite(facts, c.Positional(0) ?? c.Keyword("url")));
        return RuleOutcome.Skip(sqlite ? "the engine opens SQLite, where a connection pool matters little (see DB001)"
            : DatabaseEvidence.ServerDatabase(facts) is null ? "no database connection found"
            : "no explicit pooling configuration to judge");
    }

    private static void JudgeCall(RepositoryFacts facts, CallFact call, List<Violation> violations, List<Evidence> evidence)
    {
        if (call.Name is "create_engine" or "create_async_engine")
        {
            if (call.Keyword("poolclass") is { } pool && pool.Raw.EndsWith("NullPool", StringComparison.Ordinal))
            {
                violations.Add(new Violation(pool.Span, $"{call.Callee}(..., poolclass=NullPool) opens a new database connection for every checkout"));
            }
            else if (PoolKeywords.FirstOrDefault(k => call.Keyword(k) is not null) is { } keyword)
            {
                evidence.Add(new Evidence($"{call.Callee} configures its pool ({keyword}) in {call.Span}", call.Span));
            }
            else if (!UsesSqlite(facts, call.Positional(0) ?? call.Keyword("url")))
            {
                evidence.Add(new Evidence($"{call.Callee} in {call.Span} uses SQLAlchemy's default QueuePool", call.Span));
            }

            return;
        }

        if (call.Callee.StartsWith("dj_database_url.", StringComparison.Ordinal) && call.Keyword("conn_max_age") is { Kind: ValueKind.Number } age)
        {
            if (age.Text == "0")
            {
                violations.Add(new Violation(age.Span, $"{call.Callee}(conn_max_age=0) closes the database connection after every request"));
            }
            else
            {
                evidence.Add(new Evidence($"persistent connections: conn_max_age={age.Text} in {call.Span}", call.Span));
            }

            return;
        }

        if (PoolFactories.Contains(call.Name) && (call.Name != "Pool" || facts.Imported("pg") || facts.Imported("mysql2")))
        {
            evidence.Add(new Evidence($"connection pool {call.Callee} in {call.Span}", call.Span));
        }
    }

    private static void JudgeSetting(SettingFact setting, List<Violation> violations, List<Evidence> evidence)
    {
        var inDatabases = setting.Scope.StartsWith("DATABASES", StringComparison.Ordinal) || setting.Origin == SettingOrigin.PythonModule;
        if (setting.Name == "CONN_MAX_AGE" && inDatabases && setting.Value.Kind is ValueKind.Number or ValueKind.Null)
        {
            if (setting.Value.Text == "0")
            {
                violations.Add(new Violation(setting.Span, "CONN_MAX_AGE = 0 closes the database connection after every request"));
            }
            else
            {
                evidence.Add(new Evidence($"persistent connections: CONN_MAX_AGE = {setting.Value.Raw} in {setting.Span}", setting.Span));
            }
        }
        else if (setting.Name is "CONN_HEALTH_CHECKS" or "pool" && inDatabases && setting.Value.IsTrue)
        {
            evidence.Add(new Evidence($"{setting.Name} enabled in {setting.Span}", setting.Span));
        }
        else if (setting.Origin == SettingOrigin.Json && setting.Scope == "ConnectionStrings" && setting.Value.Text is { } connection
            && connection.Replace(" ", "", StringComparison.Ordinal).Contains("Pooling=false", StringComparison.OrdinalIgnoreCase))
        {
            violations.Add(new Violation(setting.Span, $"connection string {setting.Name} sets Pooling=false"));
        }
    }

    /// <summary>A SQLite URL written in place, or a settings name whose default is one (<c>settings.DATABASE_URL</c>).</summary>
    private static bool UsesSqlite(RepositoryFacts facts, FactValue? url)
    {
        if (url is null)
        {
            return false;
        }

        if (url.Kind == ValueKind.String)
        {
            return SqliteInProduction.IsSqliteUrl(url.Text ?? string.Empty);
        }

        var name = url.Raw[(url.Raw.LastIndexOf('.') + 1)..];
        return facts.SettingsNamed(name).Any(s => SettingValues.Effective(SettingValues.Resolve(facts, s.Value)).Literal is { Text: { } text }
            && SqliteInProduction.IsSqliteUrl(text));
    }
}
