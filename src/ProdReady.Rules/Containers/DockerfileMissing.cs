using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Containers;

public sealed partial class DockerfileMissing : Rule
{
    private static readonly string[] NodeServers = ["node", "pm2", "next", "nest", "ts-node", "tsx", "nodemon"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR001"),
        Name = "dockerfile-missing",
        Title = "No Dockerfile for a deployable app",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 2,
        Rationale = "Without a container image (or a platform build configuration) the runtime, system packages and start command " +
            "live only on the machine someone set up by hand: deployments are not reproducible, environments drift apart, and " +
            "the app cannot run on container platforms, Kubernetes or most CI/CD pipelines.",
        Fix = "Add a Dockerfile: a slim pinned base image (python:3.12-slim, node:20-alpine, mcr.microsoft.com/dotnet/aspnet), a " +
            "multi-stage build that installs locked dependencies, a non-root USER, EXPOSE of the app port, a HEALTHCHECK and a " +
            "production CMD (gunicorn/uvicorn workers, node dist/server.js, dotnet App.dll). Add a .dockerignore.",
        References =
        [
            "https://docs.docker.com/build/building/best-practices/",
            "https://fastapi.tiangolo.com/deployment/docker/",
            "https://learn.microsoft.com/dotnet/core/docker/build-container",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var paths = context.Repository.AllPaths.Where(p => !CodePaths.IsVendored(p)).ToList();
        var dockerfiles = paths.Where(DeploymentFiles.IsDockerfile).ToList();
        if (dockerfiles.Count > 0)
        {
            return RuleOutcome.Pass(new Evidence(dockerfiles.Count == 1 ? $"Dockerfile at {dockerfiles[0]}" : $"{dockerfiles.Count} Dockerfiles, such as {dockerfiles[0]}"));
        }

        var app = DeployableApp(facts);
        if (app is null)
        {
            return RuleOutcome.Skip("no web framework or server start command: nothing to containerise");
        }

        var platform = paths.FirstOrDefault(DeploymentFiles.IsPlatformConfig);
        if (platform is not null)
        {
            return RuleOutcome.Pass(new Evidence($"no Dockerfile, but the platform configuration {platform} builds and runs the app"));
        }

        return RuleOutcome.Fail(new Violation(null, $"deployable {app} without a Dockerfile: searched for {DeploymentFiles.DockerfilesSearched}"));
    }

    private static string? DeployableApp(RepositoryFacts facts)
    {
        var framework = facts.Technologies.FirstOrDefault(t => t.Technology is Technology.FastApi or Technology.Django or Technology.Flask
            or Technology.Express or Technology.AspNetCore);
        if (framework is not null)
        {
            return $"{TechnologyNames.Display(framework.Technology)} app ({framework.Evidence})";
        }

        var server = facts.EntryPoints.FirstOrDefault(e => e.Span.File.EndsWith("package.json", StringComparison.Ordinal)
            && NodeServers.Contains(e.Server, StringComparer.OrdinalIgnoreCase));
        return server is null ? null : $"{server.Span.File} starts a Node server ({server.Command})";
    }
}
