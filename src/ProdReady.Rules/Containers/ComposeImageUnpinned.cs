using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class ComposeImageUnpinned : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR017"),
        Name = "compose-image-unpinned",
        Title = "A compose service runs an untagged or `latest` image",
        Area = Area.Containers,
        Severity = Severity.Medium,
        EffortHours = 0.25,
        Rationale = "`image: postgres` or `redis:latest` pulls whatever is newest: the next `docker compose pull` can bring a new " +
            "major version whose data format is incompatible with the existing volume (PostgreSQL refuses to start), and " +
            "environments silently run different versions.",
        Fix = "Pin the version you tested (`postgres:16.4`, `redis:7.4-alpine`), optionally with a digest, and upgrade on purpose.",
        References =
        [
            "https://docs.docker.com/reference/compose-file/services/#image",
        ],
        Examples =
        [
            RuleExample.Bad("no tag and latest",
                ("docker-compose.yml", "services:\n  db:\n    image: [|postgres|]\n  cache:\n    image: [|redis:latest|]\n")),
            RuleExample.Bad("a default that resolves to latest",
                ("compose.yaml", "services:\n  broker:\n    image: [|${BROKER_IMAGE:-eclipse-mosquitto}|]\n")),
            RuleExample.Good("pinned tags and a digest",
                ("docker-compose.yml", "services:\n  db:\n    image: postgres:16.4\n  cache:\n    image: redis@sha256:2f1d3c4b5a697887766554433221100ffeeddccbbaa99887766554433221100\n")),
            RuleExample.Good("an image the service builds itself, and a tag chosen per environment",
                ("compose.yaml", "services:\n  api:\n    build: .\n    image: registry.example.com/api\n  web:\n    image: registry.example.com/web:${TAG}\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var services = ContainerFiles.Services(context.Facts).Where(s => s.Image is not null).ToList();
        if (services.Count == 0)
        {
            return RuleOutcome.Skip("no compose service names an image");
        }

        var violations = new List<Violation>();
        foreach (var service in services.Where(s => !s.HasBuild))
        {
            var text = service.Image!.Known;
            if (text is null || ContainerFiles.Definitions(context.Facts, service).Any(d => d.HasBuild))
            {
                continue;
            }

            var image = Engine.Documents.ImageReference.Parse(text);
            if (image.IsFloating)
            {
                violations.Add(new Violation(service.Image.Span, $"service {service.Name} in {service.File} runs {text}{(image.Tag is null ? " with no tag, which means latest" : "")}"));
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("compose images are pinned to a version"));
    }
}
