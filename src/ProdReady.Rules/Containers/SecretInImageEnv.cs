using ProdReady.Engine.Documents;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class SecretInImageEnv : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR008"),
        Name = "secret-in-image-env",
        Title = "A secret is baked into the image with ENV or ARG",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "ENV values are stored in the image config and ARG values in its build history: anyone who can pull the " +
            "image (a registry, a CI cache, a laptop) reads them with `docker inspect` or `docker history`. The secret also " +
            "lives in Git, and rotating it means rebuilding every image.",
        Fix = "Remove the value from the Dockerfile. Pass runtime secrets as environment from the orchestrator (compose env_file, " +
            "Kubernetes Secret via secretKeyRef); pass build-time secrets with `RUN --mount=type=secret,id=…`. Rotate the " +
            "exposed secret.",
        References =
        [
            "https://docs.docker.com/build/building/secrets/",
            "https://github.com/hadolint/hadolint/wiki/DL3044",
        ],
        Examples =
        [
            RuleExample.Bad("a database password in ENV",
                ("Dockerfile", "FROM python:3.12-slim\n[|ENV|] DATABASE_PASSWORD=Xk9#mQ2-vL7pR4wZ8nB3\n")),
            RuleExample.Bad("a token as an ARG default and a weak secret key in the legacy ENV form",
                ("Dockerfile", "FROM node:22-slim\n[|ARG|] NPM_TOKEN=npm_a8F3kL0qZx7Vb2Nw9Rt4Yp6Hs1Jd5Mc\n[|ENV|] SECRET_KEY changeme\n")),
            RuleExample.Good("names only: the values come at build or run time",
                ("Dockerfile", "FROM python:3.12-slim\nARG NPM_TOKEN\nENV DATABASE_URL=${DATABASE_URL}\n")),
            RuleExample.Good("placeholders and non-secret settings",
                ("Dockerfile", "FROM python:3.12-slim\nENV SECRET_KEY=change-me-placeholder PYTHONUNBUFFERED=1\nENV TOKEN_URL=https://auth.example.com/token\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var dockerfiles = ContainerFiles.Dockerfiles(context.Facts, withDevelopment: true).ToList();
        if (dockerfiles.Count == 0)
        {
            return RuleOutcome.Skip("no Dockerfile");
        }

        var violations = new List<Violation>();
        foreach (var dockerfile in dockerfiles)
        {
            var values = dockerfile.Stages.SelectMany(s => s.Env.Concat(s.Args))
                .Concat(GlobalArgs(dockerfile))
                .Where(v => v.Value.State != ValueState.Unresolved)
                .DistinctBy(v => (v.Key, v.Value.Span.Line));
            foreach (var (name, value) in values)
            {
                if (LiteralSecrets.Judge(name, value.Text) is { } secret && (secret.Severity == Severity.High || !ContainerFiles.IsDevelopment(dockerfile.Path)))
                {
                    var keyword = dockerfile.Instructions.FirstOrDefault(i => i.Span.Line == value.Span.Line)?.Keyword ?? "ENV";
                    violations.Add(new Violation(value.Span, $"{keyword} {name} in {dockerfile.Path} holds {secret.Description}, readable by anyone who pulls the image")
                    {
                        Secret = secret.Value,
                        Severity = secret.Severity,
                        Key = name,
                    });
                }
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("no literal secret in Dockerfile ENV or ARG"));
    }

    private static IEnumerable<KeyValuePair<string, DocumentValue>> GlobalArgs(DockerfileDocument dockerfile)
    {
        var first = dockerfile.Stages.IsEmpty ? int.MaxValue : dockerfile.Stages[0].Span.Line;
        return dockerfile.Instructions.Where(i => i.Keyword == "ARG" && i.Span.Line < first)
            .SelectMany(i => i.Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Contains('='))
            .Select(w => KeyValuePair.Create(w[..w.IndexOf('=')], new DocumentValue(w[(w.IndexOf('=') + 1)..], dockerfile.Instructions.First(i => i.Arguments.Contains(w, StringComparison.Ordinal)).Span, ValueState.Defaulted)));
    }
}
