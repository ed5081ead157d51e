using System.Collections.Frozen;
using ProdReady.Engine.Facts;
using ProdReady.Rules.Containers;

namespace ProdReady.Rules.Operations;

/// <summary>Databases, search indexes and object stores run by compose or Kubernetes: the services whose data
/// must be backed up. Brokers and caches are left out (Redis only with persistence turned on).</summary>
internal static class StatefulServices
{
    private static readonly FrozenSet<string> Kinds = FrozenSet.Create(StringComparer.Ordinal,
        "PostgreSQL", "MySQL", "MariaDB", "MongoDB", "Redis", "Valkey", "Elasticsearch", "OpenSearch", "MinIO", "Cassandra",
        "ClickHouse", "InfluxDB", "Neo4j");

    public static List<StatefulService> Find(RepositoryFacts facts)
    {
        var found = new List<StatefulService>();
        foreach (var group in ContainerFiles.Services(facts).GroupBy(s => (ContainerFiles.Directory(s.File), s.Name)))
        {
            var definitions = group.ToList();
            var image = definitions.Select(BackingImages.Of).FirstOrDefault(b => b is not null);
            if (image is not null && Kinds.Contains(image.Kind) && definitions.Any(d => BackingImages.IsStateful(d, image)))
            {
                var first = definitions.OrderBy(d => d.File.Length).First();
                found.Add(new StatefulService(image.Kind, first.Name, first.Span));
            }
        }

        foreach (var workload in facts.Kubernetes.Where(k => k.IsWorkload && k.Pod is not null && ContainerFiles.Counts(k.File)))
        {
            foreach (var container in workload.Pod!.Containers)
            {
                // A Redis Deployment is a cache; one run as a StatefulSet keeps data.
                if (BackingImages.Of(container.ImageReference) is { } image && Kinds.Contains(image.Kind)
                    && (image.DataDirectory is not null || workload.Kind == "StatefulSet"))
                {
                    found.Add(new StatefulService(image.Kind, workload.Name?.Text ?? container.Name, container.Span));
                }
            }
        }

        return found;
    }
}
