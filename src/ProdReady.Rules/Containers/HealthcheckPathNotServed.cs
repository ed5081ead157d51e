using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Containers;

public sealed class HealthcheckPathNotServed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR019"),
        Name = "healthcheck-path-not-served",
        Title = "A probe or HEALTHCHECK calls a path the application does not serve",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "The deployment files and the code disagree: the probe gets a 404 on every call, so Kubernetes never marks " +
            "the pod ready (or restarts it in a loop) and Docker reports the container unhealthy, even though the app is fine. " +
            "It usually happens when a route is renamed or moved under a prefix.",
        Fix = "Point the probe or HEALTHCHECK at the health route the app declares (with its router prefix), or add that route.",
        References =
        [
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#define-a-liveness-http-request",
            "https://docs.docker.com/reference/dockerfile/#healthcheck",
        ],
        Examples =
        [
            RuleExample.Bad("the probe calls /healthz, the FastAPI app serves /health",
                ("app/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get(\"/health\")\ndef health():\n    return {\"status\": \"ok\"}\n"),
                ("k8s/api.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api:1.0\n          readinessProbe:\n            httpGet:\n              path: [|/healthz|]\n              port: 8000\n")),
            RuleExample.Bad("the Dockerfile HEALTHCHECK curls /api/status, Express serves /health",
                ("server.js", "const express = require(\"express\");\nconst app = express();\napp.get(\"/health\", (req, res) => res.send(\"ok\"));\napp.listen(3000);\n"),
                ("package.json", "{ \"name\": \"api\", \"dependencies\": { \"express\": \"^4.19.2\" } }"),
                ("Dockerfile", "FROM node:22-slim\n[|HEALTHCHECK|] CMD curl -f http://localhost:3000/api/status || exit 1\nCMD [\"node\", \"server.js\"]\n")),
            RuleExample.Good("the probe path is a route under an include_router prefix",
                ("app/api/health.py", "from fastapi import APIRouter\n\nrouter = APIRouter()\n\n\n@router.get(\"/health-check/\")\ndef health():\n    return True\n"),
                ("app/main.py", "from fastapi import FastAPI\nfrom app.api.health import router\n\napp = FastAPI()\napp.include_router(router, prefix=\"/api/v1/utils\")\n"),
                ("compose.yaml", "services:\n  backend:\n    build: .\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/api/v1/utils/health-check/\"]\n")),
            RuleExample.Good("no routes were read: nothing can be said",
                ("Dockerfile", "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/healthz || exit 1\n")),
            RuleExample.Good("a mounted sub-application may serve anything under its prefix",
                ("main.py", "from fastapi import FastAPI\nfrom monitoring import metrics_app\n\napp = FastAPI()\napp.mount(\"/ops\", metrics_app)\n\n\n@app.get(\"/\")\ndef index():\n    return {}\n"),
                ("Dockerfile", "FROM python:3.12-slim\nHEALTHCHECK CMD wget -qO- http://127.0.0.1:8000/ops/health\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var targets = HealthTargets.Find(facts).Where(t => t.Path != "/").ToList();
        if (targets.Count == 0)
        {
            return RuleOutcome.Skip("no probe or healthcheck calls an HTTP path of the app");
        }

        var routes = facts.Routes.Where(r => CodePaths.IsApplication(r.Span.File)).ToList();
        if (routes.Count == 0)
        {
            return RuleOutcome.Skip("the application's routes were not read");
        }

        if (routes.Any(r => IsCatchAll(r.Path)))
        {
            return RuleOutcome.Skip("a catch-all route may serve any path");
        }

        var mounts = Mounts(facts).ToList();
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var (path, span, what) in targets)
        {
            var probe = Segments(path);
            if (mounts.Any(m => StartsWith(probe, m)))
            {
                continue;
            }

            var served = routes.FirstOrDefault(r => Serves(Segments(r.Path), probe));
            if (served is not null)
            {
                evidence.Add(new Evidence($"{what} calls {path}, served by {RouteHandlers.Describe(served)} in {served.Span}", span));
                continue;
            }

            violations.Add(new Violation(span, $"{what} calls {path}, which no route of the application serves") { Key = path });
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations])
            : evidence.Count > 0 ? RuleOutcome.Pass(evidence) : RuleOutcome.Skip("every probe path is under a mounted sub-application");
    }

    private static IEnumerable<List<string>> Mounts(RepositoryFacts facts) =>
        facts.CallsNamed("mount").Concat(facts.CallsNamed("use"))
            .Select(c => c.Positional(0)).Where(v => v is { Kind: ValueKind.String, Text: ['/', ..] })
            .Select(v => Segments(v!.Text!));

    private static bool IsCatchAll(string path) =>
        path.Contains('*') || path.Contains(":path}", StringComparison.Ordinal) || path.Contains("<path:", StringComparison.Ordinal)
        || path.Contains("(.*)", StringComparison.Ordinal) || path.Contains("{*", StringComparison.Ordinal);

    /// <summary>A route serves the probe path when its segments match the path's tail (the route may sit under a
    /// prefix the reader did not resolve) or its start (an included URLconf or sub-router below it).</summary>
    private static bool Serves(List<string> route, List<string> probe)
    {
        if (route.Count == 0)
        {
            return false;
        }

        if (route.Count <= probe.Count && Match(route, probe[(probe.Count - route.Count)..]))
        {
            return true;
        }

        return route.Count < probe.Count && Match(route, probe[..route.Count]);
    }

    private static bool StartsWith(List<string> path, List<string> prefix) =>
        prefix.Count <= path.Count && Match(prefix, path[..prefix.Count]);

    private static bool Match(List<string> route, List<string> path) =>
        route.Zip(path).All(p => IsParameter(p.First) || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));

    private static bool IsParameter(string segment) => segment.StartsWith('{') || segment.StartsWith('<') || segment.StartsWith(':') || segment.StartsWith('(');

    private static List<string> Segments(string path) =>
        [.. path.Trim().TrimStart('^').TrimEnd('$').Split('/', StringSplitOptions.RemoveEmptyEntries)];
}
