using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class DependsOnWithoutHealthCondition : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR015"),
        Name = "depends-on-without-health-condition",
        Title = "depends_on a database or broker without waiting for it to be healthy",
        Area = Area.Containers,
        Severity = Severity.Medium,
        EffortHours = 0.25,
        Rationale = "Plain `depends_on` only orders container start: the app starts while PostgreSQL is still initialising or " +
            "RabbitMQ is booting, fails its first connections, runs migrations against nothing, and crash-loops or comes up " +
            "half-broken on every fresh start.",
        Fix = "Give the dependency a healthcheck and use the long form: `depends_on: {db: {condition: service_healthy}}`.",
        References =
        [
            "https://docs.docker.com/compose/how-tos/startup-order/",
        ],
        Examples =
        [
            RuleExample.Bad("the list form only orders start-up",
                ("docker-compose.yml", "services:\n  api:\n    build: .\n    depends_on:\n      - [|db|]\n      - [|redis|]\n  db:\n    image: postgres:16\n  redis:\n    image: redis:7\n")),
            RuleExample.Bad("service_started is the same as the list form",
                ("compose.yaml", "services:\n  worker:\n    build: .\n    depends_on:\n      [|broker|]:\n        condition: service_started\n  broker:\n    image: rabbitmq:3.13-management\n")),
            RuleExample.Good("service_healthy on the database",
                ("docker-compose.yml", "services:\n  api:\n    build: .\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD\", \"pg_isready\"]\n")),
            RuleExample.Good("depending on an application service or a completed migration job",
                ("compose.yaml", "services:\n  web:\n    build: ./web\n    depends_on:\n      - api\n  api:\n    build: ./api\n    depends_on:\n      migrate:\n        condition: service_completed_successfully\n  migrate:\n    build: ./api\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var services = ContainerFiles.Services(facts).ToList();
        var dependencies = services.SelectMany(s => s.DependsOn.Select(d => (Service: s, Dependency: d))).ToList();
        if (dependencies.Count == 0)
        {
            return RuleOutcome.Skip("no depends_on in compose files");
        }

        var violations = new List<Violation>();
        foreach (var (service, dependency) in dependencies)
        {
            if (dependency.Condition is "service_healthy" or "service_completed_successfully")
            {
                continue;
            }

            var target = services.Where(s => s.Name == dependency.Service && ContainerFiles.Directory(s.File) == ContainerFiles.Directory(service.File))
                .Select(BackingImages.Of).FirstOrDefault(b => b is not null);
            if (target is not null)
            {
                violations.Add(new Violation(dependency.Span,
                    $"service {service.Name} depends on {dependency.Service} ({target.Kind}) without condition: service_healthy, so it starts before {target.Kind} is ready")
                {
                    Key = dependency.Service,
                });
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("services wait for their databases and brokers to be healthy"));
    }
}
