using ProdReady.Engine.Documents;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Kubernetes;

namespace ProdReady.Rules.Containers;

public sealed class ImageHealthcheckMissing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR006"),
        Name = "image-healthcheck-missing",
        Title = "A server image has no HEALTHCHECK",
        Area = Area.Containers,
        Severity = Severity.Low,
        EffortHours = 0.25,
        Rationale = "Without a HEALTHCHECK, Docker and Compose only know whether the process is alive: a server that hangs, " +
            "deadlocks or loses its database keeps receiving traffic, and `depends_on: condition: service_healthy` cannot wait " +
            "for it. Images run by Kubernetes are probed there instead.",
        Fix = "Add `HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:8000/health || exit 1` (or a small " +
            "python/node script when the image has no curl), pointing at a route the app serves; or give the compose service a " +
            "healthcheck.",
        References =
        [
            "https://docs.docker.com/reference/dockerfile/#healthcheck",
            "https://docs.docker.com/compose/how-tos/startup-order/",
        ],
        Examples =
        [
            RuleExample.Bad("gunicorn serves the app and nothing checks it",
                ("Dockerfile", "FROM python:3.12-slim\nUSER nobody\n[|CMD|] [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]\n")),
            RuleExample.Bad("uvicorn through an ENTRYPOINT",
                ("backend/Dockerfile", "FROM python:3.12-slim\n[|ENTRYPOINT|] [\"uvicorn\", \"main:app\", \"--host\", \"0.0.0.0\", \"--workers\", \"4\"]\n")),
            RuleExample.Good("HEALTHCHECK present",
                ("Dockerfile", "FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1\nCMD [\"gunicorn\", \"app:app\"]\n")),
            RuleExample.Good("the compose service that builds the image has a healthcheck",
                ("api/Dockerfile", "FROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n"),
                ("docker-compose.yml", "services:\n  api:\n    build: ./api\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/health\"]\n")),
            RuleExample.Good("Kubernetes probes the containers",
                ("Dockerfile", "FROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n"),
                ("k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          readinessProbe:\n            httpGet:\n              path: /health\n              port: 8000\n")),
            RuleExample.Good("a Dockerfile kept in a project template is not this repository's image",
                ("wagtail/project_template/Dockerfile", "FROM python:3.12-slim\nCMD gunicorn {{ project_name }}.wsgi:application\n")),
            RuleExample.Good("a batch script is not a server",
                ("Dockerfile", "FROM python:3.12-slim\nCMD [\"python\", \"train.py\"]\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var servers = ContainerFiles.Dockerfiles(facts).Select(d => (Dockerfile: d, Start: ServerStart(d, facts))).Where(x => x.Start is not null).ToList();
        if (servers.Count == 0)
        {
            return RuleOutcome.Skip("no Dockerfile starts a server");
        }

        var probed = Workloads.Containers(facts).FirstOrDefault(x => x.Container.Liveness is not null || x.Container.Readiness is not null);
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var (dockerfile, start) in servers)
        {
            if (dockerfile.FinalStage!.Healthcheck is { } healthcheck)
            {
                evidence.Add(new Evidence($"HEALTHCHECK in {dockerfile.Path}", healthcheck.Span));
                continue;
            }

            var service = ContainerFiles.Services(facts).FirstOrDefault(s => s.Healthcheck is { Disabled: false }
                && ContainerFiles.BuiltDockerfile(facts, s)?.Path == dockerfile.Path);
            if (service is not null)
            {
                evidence.Add(new Evidence($"compose service {service.Name} checks the health of the image built from {dockerfile.Path}", service.Healthcheck!.Span));
                continue;
            }

            if (probed.Workload is not null)
            {
                evidence.Add(new Evidence($"Kubernetes probes the containers ({probed.Workload.DisplayName} in {probed.Workload.File})", probed.Container.Span));
                continue;
            }

            violations.Add(new Violation(start!.Span, $"{dockerfile.Path} starts a server ({start.Command}) but has no HEALTHCHECK"));
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(evidence);
    }

    /// <summary>The final stage's CMD or ENTRYPOINT when the entry-point reader recognised it as a server.</summary>
    private static DockerInstruction? ServerStart(DockerfileDocument dockerfile, RepositoryFacts facts)
    {
        var final = dockerfile.FinalStage;
        if (final is null)
        {
            return null;
        }

        foreach (var instruction in new[] { final.Entrypoint, final.Cmd }.OfType<DockerInstruction>())
        {
            var entry = facts.EntryPoints.FirstOrDefault(e => e.Span.File == dockerfile.Path && e.Span.Line == instruction.Span.Line);
            if (entry is { Kind: EntryPointKind.ProductionServer or EntryPointKind.DevelopmentServer })
            {
                return instruction;
            }
        }

        return null;
    }
}
