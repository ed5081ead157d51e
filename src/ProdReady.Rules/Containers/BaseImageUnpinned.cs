using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class BaseImageUnpinned : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR004"),
        Name = "base-image-unpinned",
        Title = "Dockerfile base image is untagged or `latest`",
        Area = Area.Containers,
        Severity = Severity.Medium,
        EffortHours = 0.25,
        Rationale = "`FROM python` or `FROM node:latest` builds on whatever the registry serves that day: a rebuild can jump a " +
            "major version of the runtime or OS and break the app, and two builds of one commit differ. Nobody can tell which " +
            "base a running image came from.",
        Fix = "Pin a specific tag that names the version (`python:3.12-slim`, `node:22-alpine`), or a digest " +
            "(`python:3.12-slim@sha256:…`) updated by Dependabot or Renovate.",
        References =
        [
            "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
            "https://github.com/hadolint/hadolint/wiki/DL3007",
        ],
        Examples =
        [
            RuleExample.Bad("no tag means latest",
                ("Dockerfile", "[|FROM|] python\nCMD [\"python\", \"app.py\"]\n")),
            RuleExample.Bad("latest in a builder and in the final stage",
                ("Dockerfile", "[|FROM|] node:latest AS build\nRUN npm ci\n[|FROM|] nginx:latest\nCOPY --from=build /app/dist /usr/share/nginx/html\n")),
            RuleExample.Bad("an ARG default of latest",
                ("Dockerfile", "ARG TAG=latest\n[|FROM|] redis:${TAG}\n")),
            RuleExample.Good("a specific tag, a stage reference and scratch are not floating",
                ("Dockerfile", "FROM golang:1.23 AS build\nRUN go build -o /app\nFROM build AS test\nFROM scratch\nCOPY --from=build /app /app\n")),
            RuleExample.Good("latest pinned by digest",
                ("Dockerfile", "FROM python:latest@sha256:4f2e0b6b7d2c1f0b9a8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6b5a49382\n")),
            RuleExample.Good("an image chosen by a build ARG with no default cannot be judged",
                ("Dockerfile", "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var stages = ContainerFiles.Dockerfiles(context.Facts).SelectMany(d => d.Stages.Select(s => (d, s))).Where(x => x.s.Image is not null).ToList();
        if (stages.Count == 0)
        {
            return RuleOutcome.Skip("no Dockerfile base image");
        }

        var violations = stages.Where(x => x.s.Image!.IsFloating)
            .Select(x => new Violation(x.s.Span, x.s.Image!.Tag is null
                ? $"{x.d.Path} builds FROM {x.s.Base.Text} with no tag, which means latest"
                : $"{x.d.Path} builds FROM {x.s.Base.Text}: latest changes whenever the image is republished"))
            .ToList();
        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"base images are pinned, such as {stages[0].s.Base.Text} in {stages[0].d.Path}", stages[0].s.Span));
    }
}
