using System.Collections.Frozen;
using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Observability;

/// <summary>The servers an app needs besides itself (a database, a cache, a broker), inferred from its drivers and from
/// connection URLs in settings and code. SQLite is a file, not a server, and is not listed.</summary>
internal static class BackingServices
{
    private static readonly (string Service, string[] Packages)[] DriverTable =
    [
        ("PostgreSQL", ["psycopg2", "psycopg2-binary", "psycopg", "psycopg-binary", "asyncpg", "pg8000", "pg", "postgres", "npgsql", "npgsql.entityframeworkcore.postgresql"]),
        ("MySQL", ["mysqlclient", "pymysql", "aiomysql", "mysql-connector-python", "mysql", "mysql2", "pomelo.entityframeworkcore.mysql", "mysql.data"]),
        ("SQL Server", ["microsoft.entityframeworkcore.sqlserver", "microsoft.data.sqlclient", "mssql"]),
        ("Redis", ["redis", "aioredis", "django-redis", "channels-redis", "ioredis", "stackexchange.redis"]),
        ("RabbitMQ", ["pika", "aio-pika", "amqplib", "rabbitmq.client"]),
        ("MongoDB", ["pymongo", "motor", "mongoengine", "mongodb", "mongoose", "mongodb.driver"]),
        ("Elasticsearch", ["elasticsearch", "@elastic/elasticsearch"]),
    ];

    private static readonly FrozenDictionary<string, string> Drivers = DriverTable
        .SelectMany(d => d.Packages.Select(p => KeyValuePair.Create(p, d.Service)))
        .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly (string Prefix, string Service)[] Schemes =
    [
        ("postgres://", "PostgreSQL"), ("postgresql://", "PostgreSQL"), ("postgresql+", "PostgreSQL"), ("mysql://", "MySQL"),
        ("mysql+", "MySQL"), ("redis://", "Redis"), ("rediss://", "Redis"), ("amqp://", "RabbitMQ"), ("amqps://", "RabbitMQ"),
        ("mongodb://", "MongoDB"), ("django.db.backends.postgresql", "PostgreSQL"), ("django.db.backends.mysql", "MySQL"),
    ];

    /// <summary>Each service once, with the first place that showed it.</summary>
    public static IReadOnlyList<(string Service, string Evidence)> Find(RepositoryFacts facts)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dependency in facts.Dependencies.Where(d => !d.Development && !CodePaths.IsTest(d.Span.File)))
        {
            if (Drivers.TryGetValue(dependency.Name, out var service))
            {
                found.TryAdd(service, $"{dependency.Name} in {dependency.Span.File}");
            }
        }

        var values = facts.Settings.Select(s => (Text: s.Value.EffectiveString, s.Span))
            .Concat(facts.Strings.Select(s => (Text: (string?)s.Value, s.Span)))
            .Where(v => v.Text is not null && !CodePaths.IsTest(v.Span.File));
        foreach (var (text, span) in values)
        {
            foreach (var (prefix, service) in Schemes)
            {
                if (text!.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    found.TryAdd(service, $"{prefix.TrimEnd('/', ':', '+')} URL in {span}");
                }
            }
        }

        return [.. found.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value))];
    }
}
