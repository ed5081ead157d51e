using System.Globalization;
using ProdReady.Engine.Documents;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Kubernetes;

namespace ProdReady.Rules.Containers;

public sealed class PortMismatch : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR020"),
        Name = "port-mismatch",
        Title = "The app's port, EXPOSE, the compose mapping and the Kubernetes ports disagree",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "When the server listens on one port and the Dockerfile, compose file or Service forwards another, " +
            "requests are refused although every container is running: a classic cause of 502s after a start command or " +
            "Dockerfile is changed on one side only.",
        Fix = "Pick one port and use it everywhere: the server's --port/--bind, EXPOSE, the compose `ports` target, and the " +
            "containerPort and targetPort in Kubernetes (refer to it by name).",
        References =
        [
            "https://docs.docker.com/reference/dockerfile/#expose",
            "https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service",
        ],
        Examples =
        [
            RuleExample.Bad("gunicorn binds 8000, the Dockerfile exposes 80 and compose forwards to 5000",
                ("Dockerfile", "FROM python:3.12-slim\n[|EXPOSE|] 80\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\n"),
                ("docker-compose.yml", "services:\n  web:\n    build: .\n    ports:\n      - [|\"8080:5000\"|]\n")),
            RuleExample.Bad("the Service sends traffic to 8080, the pods declare 8000; Express listens on 3000 but EXPOSE says 8080",
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          ports:\n            - containerPort: 8000\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector: {app: api}\n  ports:\n    - [|port|]: 80\n      targetPort: 8080\n"),
                ("web/server.js", "const express = require(\"express\");\nconst app = express();\napp.listen(3000);\n"),
                ("web/Dockerfile", "FROM node:22-slim\n[|EXPOSE|] 8080\nCMD [\"node\", \"server.js\"]\n")),
            RuleExample.Good("one port everywhere, uvicorn's default included",
                ("Dockerfile", "FROM python:3.12-slim\nEXPOSE 8000\nCMD [\"uvicorn\", \"app.main:app\", \"--host\", \"0.0.0.0\"]\n"),
                ("compose.yaml", "services:\n  api:\n    build: .\n    ports:\n      - \"127.0.0.1:9000:8000\"\n")),
            RuleExample.Good("a port taken from the environment cannot be judged; a named targetPort that exists",
                ("Dockerfile", "FROM python:3.12-slim\nEXPOSE 8080\nCMD gunicorn --bind 0.0.0.0:$PORT app:app\n"),
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          ports:\n            - {name: http, containerPort: 8080}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector: {app: api}\n  ports:\n    - port: 80\n      targetPort: http\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var compared = 0;
        foreach (var dockerfile in ContainerFiles.Dockerfiles(facts).Where(d => d.FinalStage is not null))
        {
            var final = dockerfile.FinalStage!;
            var (port, source) = AppPort(final, dockerfile, facts);
            var exposed = final.All("EXPOSE").ToList();
            var numbers = final.Exposed.Where(e => e.IsResolved).Select(e => e.Text.Split('/')[0]).ToList();
            if (port is null || exposed.Count == 0 || final.Exposed.Any(e => !e.IsResolved))
            {
                continue;
            }

            compared++;
            if (!numbers.Contains(port.Value.ToString(CultureInfo.InvariantCulture)))
            {
                violations.Add(new Violation(exposed[^1].Span, $"{dockerfile.Path} exposes {string.Join(", ", numbers)} but {source} listens on {port}"));
            }
        }

        foreach (var service in ContainerFiles.Services(facts).Where(s => s.HasBuild))
        {
            var dockerfile = ContainerFiles.BuiltDockerfile(facts, service);
            var port = service.Command is { IsResolved: true } command ? ListenPorts.FromCommand(command.Text) : null;
            var source = "its command";
            if (port is null && dockerfile?.FinalStage is { } final)
            {
                (port, source) = AppPort(final, dockerfile, facts);
            }

            var targets = service.Ports.Where(p => p.TargetNumber is not null).ToList();
            if (port is null || targets.Count == 0)
            {
                continue;
            }

            compared++;
            if (!targets.Any(t => t.TargetNumber == port))
            {
                violations.Add(new Violation(targets[0].Span, $"service {service.Name} forwards to container port {targets[0].TargetNumber} but {source} listens on {port}"));
            }
        }

        compared += KubernetesServices(facts, violations);
        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return compared > 0 ? RuleOutcome.Pass(new Evidence("the app's port agrees across Dockerfile, compose and Kubernetes")) : RuleOutcome.Skip("no two layers name the app's port");
    }

    /// <summary>The port the final stage's start command listens on, else a literal port in the code under the Dockerfile's directory.</summary>
    private static (int? Port, string Source) AppPort(DockerStage final, DockerfileDocument dockerfile, RepositoryFacts facts)
    {
        if (final.StartCommand.Length > 0 && ListenPorts.FromCommand(final.StartCommand) is { } port)
        {
            return (port, $"its start command ({final.StartCommand})");
        }

        var prefix = dockerfile.Directory.Length == 0 ? "" : dockerfile.Directory + "/";
        var literal = facts.CallsNamed("listen").Where(c => c.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript).Select(c => (c, v: c.Positional(0)))
            .Concat(facts.CallsNamed("run").Where(c => c.Language == SourceLanguage.Python).Select(c => (c, v: c.Keyword("port"))))
            .Where(x => x.v is { Kind: ValueKind.Number } && x.c.Span.File.StartsWith(prefix, StringComparison.Ordinal) && Observability.CodePaths.IsApplication(x.c.Span.File))
            .Select(x => (Port: int.TryParse(x.v!.Text, out var p) ? p : 0, x.c.Span))
            .Where(x => x.Port > 0)
            .ToList();
        return literal.Select(x => x.Port).Distinct().Count() == 1 ? (literal[0].Port, $"the app ({literal[0].Span})") : (null, "");
    }

    private static int KubernetesServices(RepositoryFacts facts, List<Violation> violations)
    {
        var objects = Workloads.Objects(facts).ToList();
        var compared = 0;
        foreach (var service in objects.Where(o => o.Kind == "Service" && o.Selector is { Count: > 0 } && !o.SelectorTemplated))
        {
            var pods = objects.Where(o => o.Pod is not null && Workloads.Matches(service.Selector!, o.Pod.Labels)).ToList();
            var ports = pods.SelectMany(p => p.Pod!.Containers).SelectMany(c => c.Ports).ToList();
            if (pods.Count == 0 || ports.Count == 0 || ports.Any(p => p.ContainerPort is { IsResolved: false }) || pods.Any(p => p.Pod!.Incomplete))
            {
                continue;
            }

            foreach (var port in service.ServicePorts)
            {
                var target = port.TargetPort ?? port.Port;
                if (target is not { IsResolved: true })
                {
                    continue;
                }

                compared++;
                var numeric = int.TryParse(target.Text, out _);
                var declared = numeric ? ports.Any(p => p.ContainerPort?.Text == target.Text) : ports.Any(p => p.Name == target.Text);
                if (!declared)
                {
                    var has = string.Join(", ", ports.Select(p => p.Name is null ? p.ContainerPort?.Text : $"{p.Name} ({p.ContainerPort?.Text})"));
                    violations.Add(new Violation(port.Span, $"{service.DisplayName} in {service.File} targets port {target.Text}, but its pods declare {has}") { Key = target.Text });
                }
            }
        }

        return compared;
    }
}
