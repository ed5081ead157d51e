using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class ComposeHealthcheckMissing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR013"),
        Name = "compose-healthcheck-missing",
        Title = "A database, broker or depended-on service has no healthcheck",
        Area = Area.Containers,
        Severity = Severity.Medium,
        EffortHours = 0.25,
        Rationale = "Without a healthcheck Compose only knows the container started, not that PostgreSQL accepts connections " +
            "or the API answers: dependants start too early and crash or serve errors, and a hung service is never noticed or " +
            "restarted.",
        Fix = "Add a healthcheck: PostgreSQL `pg_isready -U $$POSTGRES_USER`, MySQL `mysqladmin ping`, Redis `redis-cli ping`, " +
            "RabbitMQ `rabbitmq-diagnostics -q ping`, an HTTP service `curl -fsS http://localhost:8000/health`; then make " +
            "dependants wait with `depends_on: {db: {condition: service_healthy}}`.",
        References =
        [
            "https://docs.docker.com/reference/compose-file/services/#healthcheck",
            "https://docs.docker.com/compose/how-tos/startup-order/",
        ],
        Examples =
        [
            RuleExample.Bad("PostgreSQL without a healthcheck",
                ("docker-compose.yml", "services:\n  [|db|]:\n    image: postgres:16\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n")),
            RuleExample.Bad("an API that the worker depends on",
                ("compose.yaml", "services:\n  [|api|]:\n    build: .\n  worker:\n    build: .\n    depends_on:\n      - api\n")),
            RuleExample.Good("healthchecks on both, one through a YAML anchor",
                ("docker-compose.yml", "x-health: &health\n  interval: 10s\n  retries: 5\nservices:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U postgres\"]\n      <<: *health\n  cache:\n    image: redis:7\n    healthcheck: *health\n")),
            RuleExample.Good("the API's image has a HEALTHCHECK, and the migration job others wait for runs once",
                ("api/Dockerfile", "FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/health\nCMD [\"gunicorn\", \"app:app\"]\n"),
                ("compose.yaml", "services:\n  api:\n    build: ./api\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n  web:\n    build: ./web\n    depends_on: [api]\n  migrate:\n    build: ./api\n    command: alembic upgrade head\n")),
            RuleExample.Good("the healthcheck is set in the base file and the override adds ports",
                ("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n"),
                ("docker-compose.override.yml", "services:\n  db:\n    ports:\n      - \"127.0.0.1:5432:5432\"\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var services = ContainerFiles.Services(facts).ToList();
        if (services.Count == 0)
        {
            return RuleOutcome.Skip("no compose file");
        }

        var dependedOn = services.SelectMany(s => s.DependsOn.Where(d => d.Condition != "service_completed_successfully")
            .Select(d => (ContainerFiles.Directory(s.File), d.Service))).ToHashSet();
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var group in services.GroupBy(s => (ContainerFiles.Directory(s.File), s.Name)))
        {
            var definitions = group.ToList();
            var backing = definitions.Select(BackingImages.Of).FirstOrDefault(b => b is not null);
            var needed = backing is not null || dependedOn.Contains(group.Key);
            if (!needed)
            {
                continue;
            }

            var checkedBy = definitions.FirstOrDefault(d => d.Healthcheck is { Disabled: false });
            if (checkedBy is not null)
            {
                evidence.Add(new Evidence($"service {checkedBy.Name} has a healthcheck in {checkedBy.File}", checkedBy.Healthcheck!.Span));
                continue;
            }

            var image = definitions.Select(d => ContainerFiles.BuiltDockerfile(facts, d)).FirstOrDefault(d => d?.FinalStage?.Healthcheck is not null);
            if (image is not null)
            {
                evidence.Add(new Evidence($"service {group.Key.Name} is built from {image.Path}, which has a HEALTHCHECK", image.FinalStage!.Healthcheck!.Span));
                continue;
            }

            if (definitions.Any(ContainerFiles.IsOneShot))
            {
                continue;
            }

            var first = definitions.OrderBy(d => d.File.Length).First();
            var why = backing is not null ? $"a {backing.Kind} service" : "other services depend on it";
            violations.Add(new Violation(first.Span, $"service {first.Name} in {first.File} has no healthcheck ({why})"));
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations])
            : evidence.Count > 0 ? RuleOutcome.Pass(evidence) : RuleOutcome.Skip("no database, broker or depended-on service");
    }
}
