using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class EndOfLifeBaseImage : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR005"),
        Name = "end-of-life-base-image",
        Title = "The image runs on an end-of-life runtime or OS",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 4,
        Rationale = "Once a Python, Node.js, .NET, Alpine, Debian or Ubuntu release reaches end of life it gets no security " +
            "fixes: every vulnerability found afterwards stays open in the image, scanners flag it, and libraries drop support " +
            "for it so dependencies cannot be updated either. The table of releases is current as of " +
            EndOfLifeImages.CurrentAsOf + ": a release whose support ends after that day is not reported until the table is updated, " +
            "so the same commit gets the same answer every day.",
        Fix = "Move the final stage to a supported release (python:3.13-slim, node:22-alpine, alpine:3.22, debian:bookworm-slim, " +
            "mcr.microsoft.com/dotnet/aspnet:9.0), run the tests, and let Renovate or Dependabot keep the tag current.",
        References =
        [
            "https://devguide.python.org/versions/",
            "https://github.com/nodejs/release#release-schedule",
            "https://endoflife.date/",
        ],
        Examples =
        [
            RuleExample.Bad("Python 3.8 reached end of life in October 2024",
                ("Dockerfile", "[|FROM|] python:3.8-slim\nUSER nobody\nCMD [\"gunicorn\", \"app:app\"]\n")),
            RuleExample.Bad("Node 16 in the final stage",
                ("web/Dockerfile", "FROM node:22 AS build\nRUN npm ci && npm run build\n[|FROM|] node:16-alpine\nCOPY --from=build /app/dist /app\n")),
            RuleExample.Bad("a supported Python on Debian buster, which is end of life",
                ("Dockerfile", "[|FROM|] python:3.12-slim-buster\n")),
            RuleExample.Good("supported releases",
                ("Dockerfile", "FROM python:3.13-slim\n"), ("web/Dockerfile", "FROM node:22-alpine\n")),
            RuleExample.Good("an old builder stage does not ship; only the final stage runs",
                ("Dockerfile", "FROM node:16 AS build\nRUN npm run build\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n")),
            RuleExample.Good("Node 24.1 is a supported release, whatever its minor version",
                ("Dockerfile", "FROM node:24.1-alpine\n")),
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
        foreach (var dockerfile in dockerfiles)
        {
            foreach (var stage in ContainerFiles.ShippedStages(dockerfile).Where(s => s.Image is not null))
            {
                if (EndOfLifeImages.Describe(stage.Image!) is { } eol)
                {
                    violations.Add(new Violation(stage.Span, $"{dockerfile.Path} ships on {stage.Base.Text}: {eol}"));
                }
            }
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"supported base images, such as {dockerfiles[0].FinalStage!.Base.Text} in {dockerfiles[0].Path}"));
    }
}
