using System.Collections.Frozen;
using ProdReady.Engine.Documents;

namespace ProdReady.Rules.Containers;

/// <summary>Well-known database, cache and broker images: what they are, where they keep their data, which ports
/// they serve. Matched on the image's last path segment (<c>postgres</c>, <c>bitnami/postgresql</c>).</summary>
internal static class BackingImages
{
    private static readonly FrozenDictionary<string, BackingImage> Known = new Dictionary<string, BackingImage>(StringComparer.Ordinal)
    {
        ["postgres"] = new("PostgreSQL", "/var/lib/postgresql", [5432]),
        ["postgresql"] = new("PostgreSQL", "/bitnami/postgresql", [5432]),
        ["postgis"] = new("PostgreSQL", "/var/lib/postgresql", [5432]),
        ["timescaledb"] = new("PostgreSQL", "/var/lib/postgresql", [5432]),
        ["mysql"] = new("MySQL", "/var/lib/mysql", [3306]),
        ["mariadb"] = new("MariaDB", "/var/lib/mysql", [3306]),
        ["mongo"] = new("MongoDB", "/data/db", [27017]),
        ["mongodb"] = new("MongoDB", "/bitnami/mongodb", [27017]),
        ["redis"] = new("Redis", null, [6379]),
        ["valkey"] = new("Valkey", null, [6379]),
        ["rabbitmq"] = new("RabbitMQ", "/var/lib/rabbitmq", [5672, 15672]),
        ["elasticsearch"] = new("Elasticsearch", "/usr/share/elasticsearch/data", [9200, 9300]),
        ["opensearch"] = new("OpenSearch", "/usr/share/opensearch/data", [9200, 9600]),
        ["minio"] = new("MinIO", "", [9000, 9001]),
        ["eclipse-mosquitto"] = new("Mosquitto", null, [1883, 8883]),
        ["mosquitto"] = new("Mosquitto", null, [1883, 8883]),
        ["emqx"] = new("EMQX", null, [1883, 8883]),
        ["memcached"] = new("Memcached", null, [11211]),
        ["kafka"] = new("Kafka", null, [9092]),
        ["cassandra"] = new("Cassandra", "/var/lib/cassandra", [9042]),
        ["clickhouse-server"] = new("ClickHouse", "/var/lib/clickhouse", [8123, 9000]),
        ["influxdb"] = new("InfluxDB", "/var/lib/influxdb", [8086]),
        ["neo4j"] = new("Neo4j", "/data", [7474, 7687]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Ports that only a database, cache or broker listens on.</summary>
    public static readonly FrozenSet<int> Ports = FrozenSet.ToFrozenSet(
        [5432, 3306, 27017, 6379, 5672, 15672, 1883, 8883, 9200, 9300, 11211, 9092, 9042, 8086, 7687, 2181, 4222]);

    public static BackingImage? Of(ImageReference? image) =>
        image is null ? null : Known.GetValueOrDefault(image.Name);

    public static BackingImage? Of(ComposeService service) => Of(service.ImageReference ?? Unpinned(service));

    /// <summary>An image written with an interpolated tag (<c>postgres:${PG_VERSION}</c>) is still a postgres image.</summary>
    private static ImageReference? Unpinned(ComposeService service) =>
        service.Image is { IsResolved: false } image && image.Text.Split(':')[0] is var name && !name.Contains('$')
            ? ImageReference.Parse(name)
            : null;

    /// <summary>A stateful service keeps data that must survive the container: Redis only with persistence turned on.</summary>
    public static bool IsStateful(ComposeService service, BackingImage image)
    {
        if (image.DataDirectory is not null)
        {
            return true;
        }

        var command = service.Command?.Text ?? "";
        return image.Kind is "Redis" or "Valkey" && command.Contains("--appendonly yes", StringComparison.Ordinal);
    }

    public static string DataDirectory(ComposeService service, BackingImage image) =>
        image.DataDirectory ?? (image.Kind is "Redis" or "Valkey" ? "/data" : "");
}
