using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class DatabasePortPublished : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR012"),
        Name = "database-port-published",
        Title = "A database or broker port is published on every interface",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 0.25,
        Rationale = "`\"5432:5432\"` binds the port on 0.0.0.0 of the host, and Docker's iptables rules bypass host firewalls " +
            "such as ufw: on any server with a public address the database, Redis or MQTT broker is reachable from the " +
            "internet, where scanners find and brute-force it within hours.",
        Fix = "Do not publish the port at all (services reach it over the compose network as `db:5432`), or bind it to " +
            "loopback for local tools: `\"127.0.0.1:5432:5432\"`.",
        References =
        [
            "https://docs.docker.com/engine/network/packet-filtering-firewalls/",
            "https://docs.docker.com/reference/compose-file/services/#ports",
        ],
        Examples =
        [
            RuleExample.Bad("PostgreSQL and Redis published on all interfaces",
                ("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    ports:\n      - [|\"5432:5432\"|]\n  cache:\n    image: redis:7\n    ports:\n      - [|6379:6379|]\n")),
            RuleExample.Bad("an MQTT broker in the long syntax and 0.0.0.0 written out",
                ("compose.yaml", "services:\n  broker:\n    image: eclipse-mosquitto:2\n    ports:\n      - [|target: 1883|]\n        published: 1883\n  search:\n    image: elasticsearch:8.15.0\n    ports:\n      - [|\"0.0.0.0:9200:9200\"|]\n")),
            RuleExample.Good("bound to loopback, or not published",
                ("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    ports:\n      - \"127.0.0.1:5432:5432\"\n  cache:\n    image: redis:7\n    expose:\n      - \"6379\"\n")),
            RuleExample.Good("an application port is meant to be published",
                ("compose.yaml", "services:\n  api:\n    build: .\n    ports:\n      - \"8000:8000\"\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var services = ContainerFiles.Services(context.Facts).ToList();
        if (services.Count == 0)
        {
            return RuleOutcome.Skip("no compose file");
        }

        var violations = new List<Violation>();
        foreach (var service in services)
        {
            var image = BackingImages.Of(service);
            foreach (var port in service.Ports.Where(p => p.IsPublic && p.TargetNumber is { } n && (BackingImages.Ports.Contains(n) || image?.Ports.Contains(n) == true)))
            {
                var what = image?.Kind ?? "database or broker";
                violations.Add(new Violation(port.Span, $"service {service.Name} publishes {what} port {port.TargetNumber} on every interface ({port.Raw}) in {service.File}")
                {
                    Key = port.Raw,
                });
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("no database or broker port is published on every interface"));
    }
}
