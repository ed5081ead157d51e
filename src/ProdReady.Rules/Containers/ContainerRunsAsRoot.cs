using ProdReady.Engine.Documents;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class ContainerRunsAsRoot : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR003"),
        Name = "container-runs-as-root",
        Title = "The image's final stage runs as root",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "A process running as root inside the container is root on the container's filesystem and, after any escape " +
            "through a kernel or runtime flaw, much closer to root on the host. A compromised app can rewrite its own code and " +
            "read every mounted secret. Only the final stage matters: builder stages never run in production.",
        Fix = "In the final stage create an unprivileged user and switch to it before CMD: `RUN useradd --system --uid 10001 app` " +
            "(Alpine: `adduser -S -u 10001 app`) then `USER 10001`; chown only the directories the app writes. Distroless " +
            "images offer a `:nonroot` tag.",
        References =
        [
            "https://docs.docker.com/build/building/best-practices/#user",
            "https://github.com/hadolint/hadolint/wiki/DL3002",
        ],
        Examples =
        [
            RuleExample.Bad("no USER: the app runs as root",
                ("Dockerfile", "[|FROM|] python:3.12-slim\nCOPY . /app\nCMD [\"gunicorn\", \"app:app\"]\n")),
            RuleExample.Bad("USER root in the final stage, after a non-root builder",
                ("Dockerfile", "FROM node:22 AS build\nUSER node\nRUN npm ci\n\nFROM node:22-slim\nCOPY --from=build /app /app\n[|USER|] root\nCMD [\"node\", \"/app/server.js\"]\n")),
            RuleExample.Bad("USER 0 is root by number",
                ("api/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:9.0\n[|USER|] 0:0\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n")),
            RuleExample.Good("a root builder stage followed by a non-root final stage",
                ("Dockerfile", "FROM python:3.12 AS builder\nRUN pip wheel -r requirements.txt -w /wheels\n\nFROM python:3.12-slim\nRUN useradd --system app\nUSER app\nCMD [\"gunicorn\", \"app:app\"]\n")),
            RuleExample.Good("the final stage inherits USER from the stage it is built FROM",
                ("Dockerfile", "FROM python:3.12-slim AS base\nRUN useradd app\nUSER app\n\nFROM base\nCOPY . /app\nCMD [\"python\", \"-m\", \"app\"]\n")),
            RuleExample.Good("a USER set from an ARG default resolves to a non-root user",
                ("Dockerfile", "FROM node:22-slim\nARG APP_UID=10001\nUSER ${APP_UID}\nCMD [\"node\", \"server.js\"]\n")),
            RuleExample.Good("a distroless nonroot image runs as an unprivileged user without USER",
                ("Dockerfile", "FROM gcr.io/distroless/python3-debian12:nonroot\nCOPY app /app\nCMD [\"/app/main.py\"]\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var dockerfiles = ContainerFiles.Dockerfiles(context.Facts).Where(d => d.FinalStage is not null).ToList();
        if (dockerfiles.Count == 0)
        {
            return RuleOutcome.Skip("no Dockerfile");
        }

        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var dockerfile in dockerfiles)
        {
            var final = dockerfile.FinalStage!;
            if (final.User is { } user)
            {
                if (user.IsResolved && IsRoot(user.Text))
                {
                    violations.Add(new Violation(user.Span, $"the final stage of {dockerfile.Path} switches to root (USER {user.Text})"));
                }
                else
                {
                    evidence.Add(new Evidence($"{dockerfile.Path} runs as USER {user.Text}", user.Span));
                }
            }
            else if (RunsUnprivilegedByDefault(final))
            {
                evidence.Add(new Evidence($"{dockerfile.Path} starts from {final.Base.Text}, which runs as an unprivileged user", final.Span));
            }
            else if (!final.IsScratch)
            {
                violations.Add(new Violation(final.Span, $"the final stage of {dockerfile.Path} (FROM {final.Base.Text}) sets no USER, so the app runs as root"));
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(evidence);
    }

    private static bool IsRoot(string user)
    {
        var name = user.Split(':')[0].Trim();
        return name is "root" or "0";
    }

    private static bool RunsUnprivilegedByDefault(DockerStage stage) =>
        stage.Image is { } image && ((image.Tag?.Contains("nonroot", StringComparison.OrdinalIgnoreCase) ?? false)
            || image.Repository.Contains("unprivileged", StringComparison.OrdinalIgnoreCase)
            || image.Repository.StartsWith("bitnami/", StringComparison.OrdinalIgnoreCase)
            || image.Repository.StartsWith("cgr.dev/chainguard/", StringComparison.OrdinalIgnoreCase));
}
