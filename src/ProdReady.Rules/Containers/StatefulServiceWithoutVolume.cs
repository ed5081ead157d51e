using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class StatefulServiceWithoutVolume : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR016"),
        Name = "stateful-service-without-volume",
        Title = "A database service keeps its data inside the container",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 0.25,
        Rationale = "Without a volume on its data directory a database writes into the container's writable layer: " +
            "`docker compose down`, an image upgrade or a recreated container silently deletes every row.",
        Fix = "Mount a named volume on the data directory (`pgdata:/var/lib/postgresql/data`, `mysql:/var/lib/mysql`, " +
            "`mongo:/data/db`, `redis:/data` with appendonly) and declare it under top-level `volumes:`; back it up.",
        References =
        [
            "https://docs.docker.com/engine/storage/volumes/",
            "https://hub.docker.com/_/postgres",
        ],
        Examples =
        [
            RuleExample.Bad("PostgreSQL with no volume",
                ("docker-compose.yml", "services:\n  [|db|]:\n    image: postgres:16\n    restart: always\n")),
            RuleExample.Bad("MongoDB with a volume on the wrong path, and Redis with persistence but no volume",
                ("compose.yaml", "services:\n  [|mongo|]:\n    image: mongo:7\n    volumes:\n      - ./init:/docker-entrypoint-initdb.d\n  [|cache|]:\n    image: redis:7\n    command: redis-server --appendonly yes\n")),
            RuleExample.Good("named volumes on the data directories (long and short syntax)",
                ("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    volumes:\n      - type: volume\n        source: pgdata\n        target: /var/lib/postgresql/data\n  mq:\n    image: rabbitmq:3.13\n    volumes:\n      - rabbit:/var/lib/rabbitmq\nvolumes:\n  pgdata:\n  rabbit:\n")),
            RuleExample.Good("Redis used as a cache keeps nothing worth a volume",
                ("compose.yaml", "services:\n  cache:\n    image: redis:7-alpine\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var services = ContainerFiles.Services(context.Facts).ToList();
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var group in services.GroupBy(s => (ContainerFiles.Directory(s.File), s.Name)))
        {
            var definitions = group.ToList();
            var image = definitions.Select(BackingImages.Of).FirstOrDefault(b => b is not null);
            if (image is null || !definitions.Any(d => BackingImages.IsStateful(d, image)))
            {
                continue;
            }

            var directory = BackingImages.DataDirectory(definitions[0], image);
            var mount = definitions.SelectMany(d => d.Volumes).FirstOrDefault(v => directory.Length == 0 || Covers(v.Target, directory));
            var first = definitions.OrderBy(d => d.File.Length).First();
            if (mount is not null)
            {
                evidence.Add(new Evidence($"{image.Kind} service {first.Name} keeps its data in a volume ({mount.Target})", mount.Span));
                continue;
            }

            violations.Add(new Violation(first.Span, $"{image.Kind} service {first.Name} in {first.File} has no volume on {(directory.Length == 0 ? "its data directory" : directory)}: its data is lost when the container is recreated"));
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence) : RuleOutcome.Skip("no stateful service in compose files");
    }

    private static bool Covers(string target, string directory)
    {
        var mounted = target.TrimEnd('/');
        return directory == mounted || directory.StartsWith(mounted + "/", StringComparison.Ordinal) || mounted.StartsWith(directory + "/", StringComparison.Ordinal);
    }
}
