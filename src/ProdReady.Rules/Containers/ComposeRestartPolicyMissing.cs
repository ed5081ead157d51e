using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class ComposeRestartPolicyMissing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR014"),
        Name = "compose-restart-policy-missing",
        Title = "A long-running compose service has no restart policy",
        Area = Area.Containers,
        Severity = Severity.Low,
        EffortHours = 0.1,
        Rationale = "Compose's default is `restart: \"no\"`: after a crash, an out-of-memory kill or a host reboot the service " +
            "stays down until someone notices and starts it by hand.",
        Fix = "Set `restart: unless-stopped` (or `always`) on long-running services; keep one-shot jobs (migrations, seeding) " +
            "at `no` or `on-failure`.",
        References =
        [
            "https://docs.docker.com/reference/compose-file/services/#restart",
        ],
        Examples =
        [
            RuleExample.Bad("neither the API nor the database restarts",
                ("docker-compose.yml", "services:\n  [|api|]:\n    build: .\n  [|db|]:\n    image: postgres:16\n")),
            RuleExample.Bad("restart set only on one service",
                ("compose.yaml", "services:\n  api:\n    build: .\n    restart: always\n  [|worker|]:\n    build: .\n    command: celery -A app worker\n")),
            RuleExample.Good("restart policies, also through deploy.restart_policy; a migration job needs none",
                ("docker-compose.yml", "services:\n  api:\n    build: .\n    restart: unless-stopped\n  worker:\n    build: .\n    deploy:\n      restart_policy:\n        condition: on-failure\n  migrate:\n    build: .\n    command: alembic upgrade head\n")),
            RuleExample.Good("the base file sets it; the development override does not repeat it",
                ("compose.yml", "services:\n  api:\n    image: registry.example.com/api:1.2\n    restart: always\n"),
                ("compose.override.yml", "services:\n  api:\n    build: .\n")),
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

        var violations = new List<Violation>();
        foreach (var group in services.GroupBy(s => (ContainerFiles.Directory(s.File), s.Name)))
        {
            var definitions = group.ToList();
            if (definitions.Any(d => d.Restart is not null || ContainerFiles.IsOneShot(d) || !d.Profiles.IsEmpty))
            {
                continue;
            }

            var first = definitions.OrderBy(d => d.File.Length).First();
            violations.Add(new Violation(first.Span, $"service {first.Name} in {first.File} has no restart policy: it stays down after a crash or reboot"));
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("every long-running compose service has a restart policy"));
    }
}
