using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed partial class PackageCacheInLayer : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR010"),
        Name = "package-cache-in-layer",
        Title = "Package-manager caches are left in image layers",
        Area = Area.Containers,
        Severity = Severity.Low,
        EffortHours = 0.25,
        Rationale = "apt lists, pip's wheel cache and apk's index stay in the layer that created them, adding tens to hundreds " +
            "of megabytes to every pull and deploy; deleting them in a later RUN does not shrink the image.",
        Fix = "In the same RUN: `apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*`; " +
            "`pip install --no-cache-dir …` (or ENV PIP_NO_CACHE_DIR=1); `apk add --no-cache …`; or use " +
            "`RUN --mount=type=cache,target=…` so the cache never enters a layer.",
        References =
        [
            "https://docs.docker.com/build/building/best-practices/#apt-get",
            "https://github.com/hadolint/hadolint/wiki/DL3042",
        ],
        Examples =
        [
            RuleExample.Bad("apt lists and pip cache kept",
                ("Dockerfile", "FROM python:3.12-slim\n[|RUN|] apt-get update && apt-get install -y libpq5\n[|RUN|] pip install -r requirements.txt\n")),
            RuleExample.Bad("apk without --no-cache, continued over lines",
                ("Dockerfile", "FROM alpine:3.22\n[|RUN|] apk update && \\\n    apk add curl\n")),
            RuleExample.Good("caches removed in the same layer",
                ("Dockerfile", "FROM python:3.12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends libpq5 \\\n && rm -rf /var/lib/apt/lists/*\nRUN pip install --no-cache-dir -r requirements.txt\nRUN apk add --no-cache curl\n")),
            RuleExample.Good("a builder stage's cache never ships, and PIP_NO_CACHE_DIR or a cache mount keep it out",
                ("Dockerfile", "FROM python:3.12 AS build\nRUN pip install -r requirements.txt\nFROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install gunicorn\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n")),
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
            foreach (var stage in ContainerFiles.ShippedStages(dockerfile))
            {
                var pipCacheOff = stage.Env.TryGetValue("PIP_NO_CACHE_DIR", out var off) && off.IsResolved && off.Text is not ("0" or "false" or "");
                foreach (var run in stage.All("RUN").Where(r => r.Flag("mount")?.Contains("type=cache", StringComparison.Ordinal) != true))
                {
                    var text = run.Command + " " + string.Join('\n', run.Heredocs);
                    var left = Leftovers(text, pipCacheOff).ToList();
                    if (left.Count > 0)
                    {
                        violations.Add(new Violation(run.Span, $"RUN in {dockerfile.Path} leaves {string.Join(" and ", left)} in the layer"));
                    }
                }
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("package installs clean their caches"));
    }

    private static IEnumerable<string> Leftovers(string text, bool pipCacheOff)
    {
        if (AptInstall().IsMatch(text) && !text.Contains("/var/lib/apt/lists", StringComparison.Ordinal))
        {
            yield return "the apt package lists";
        }

        if (!pipCacheOff && PipInstall().IsMatch(text) && !text.Contains("--no-cache-dir", StringComparison.Ordinal))
        {
            yield return "pip's download cache";
        }

        if (ApkAdd().IsMatch(text) && !text.Contains("--no-cache", StringComparison.Ordinal) && !text.Contains("/var/cache/apk", StringComparison.Ordinal))
        {
            yield return "apk's package index";
        }
    }

    [GeneratedRegex(@"\bapt(-get)?\s+(-\S+\s+)*install\b")]
    private static partial Regex AptInstall();

    [GeneratedRegex(@"(?<![\w-])(?<!uv\s)(pip3?|python3?\s+-m\s+pip)\s+install\b")]
    private static partial Regex PipInstall();

    [GeneratedRegex(@"\bapk\s+(-\S+\s+)*add\b")]
    private static partial Regex ApkAdd();
}
