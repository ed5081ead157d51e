using ProdReady.Engine.Documents;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class BuildContextUnfiltered : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR009"),
        Name = "build-context-unfiltered",
        Title = "`COPY . .` with no .dockerignore keeping .git and .env out",
        Area = Area.Containers,
        Severity = Severity.Medium,
        EffortHours = 0.25,
        Rationale = "Copying the whole build context copies everything in the directory: the .git history (with every secret " +
            "ever committed), local .env files with real credentials, node_modules and virtualenvs. They end up in an image " +
            "layer that anyone who can pull the image can read, and builds are slower and never cache.",
        Fix = "Add a .dockerignore next to the build context with at least `.git`, `.env`, `.env.*`, `node_modules`, `.venv`, " +
            "`__pycache__` and build output; or copy only what the app needs (`COPY src/ ./src/`).",
        References =
        [
            "https://docs.docker.com/build/concepts/context/#dockerignore-files",
        ],
        Examples =
        [
            RuleExample.Bad("COPY . . and no .dockerignore",
                ("Dockerfile", "FROM python:3.12-slim\nWORKDIR /app\n[|COPY|] . .\n")),
            RuleExample.Bad("a .dockerignore that lets .env in when the project keeps one",
                ("backend/Dockerfile", "FROM node:22-slim\n[|COPY|] . /app\n"),
                ("backend/.dockerignore", "node_modules\n.git\n"),
                (".gitignore", ".env\n")),
            RuleExample.Good(".dockerignore excludes .git and .env",
                ("Dockerfile", "FROM python:3.12-slim\nCOPY . .\n"),
                (".dockerignore", "**/.git\n.env*\n__pycache__\n"),
                (".gitignore", ".env\n")),
            RuleExample.Good("an allow-list .dockerignore and a Dockerfile-specific ignore file",
                ("Dockerfile", "FROM python:3.12-slim\nCOPY . .\n"),
                (".dockerignore", "*\n!src\n!requirements.txt\n"),
                ("docker/api.Dockerfile", "FROM python:3.12-slim\nCOPY . .\n"),
                ("docker/api.Dockerfile.dockerignore", ".git\n")),
            RuleExample.Good("a build context in a subdirectory holds no .git, and its .dockerignore excludes .env",
                ("backend/Dockerfile", "FROM python:3.12-slim\nCOPY . .\n"),
                ("backend/.dockerignore", ".env\n__pycache__\n"),
                (".gitignore", ".env\n")),
            RuleExample.Good("only named directories are copied",
                ("Dockerfile", "FROM python:3.12-slim\nCOPY requirements.txt .\nCOPY src/ ./src/\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var copies = ContainerFiles.Dockerfiles(facts)
            .SelectMany(d => d.Instructions.Where(i => i.Keyword is "COPY" or "ADD" && i.Flag("from") is null && CopiesEverything(i)).Select(i => (d, i)))
            .ToList();
        if (copies.Count == 0)
        {
            return RuleOutcome.Skip("no Dockerfile copies its whole build context");
        }

        var usesEnvFile = UsesEnvFiles(facts);
        var violations = new List<Violation>();
        foreach (var (dockerfile, copy) in copies)
        {
            var ignore = IgnoreFile(facts, dockerfile);
            if (ignore is null)
            {
                violations.Add(new Violation(copy.Span, $"{dockerfile.Path} copies its whole build context and no .dockerignore keeps .git, .env and local files out"));
                continue;
            }

            // .git only exists in a context at the repository root; .env only matters where the project keeps env files.
            var rootContext = ContainerFiles.Directory(ignore.Path).Length == 0;
            var missing = new[] { ".git", ".env" }
                .Where(e => e == ".git" ? rootContext : usesEnvFile)
                .Where(e => !DockerIgnorePatterns.Excludes(ignore.Text, e)).ToList();
            if (missing.Count > 0)
            {
                violations.Add(new Violation(copy.Span, $"{dockerfile.Path} copies its whole build context and {ignore.Path} does not exclude {string.Join(" or ", missing)}"));
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("the build context is filtered by .dockerignore"));
    }

    private static bool CopiesEverything(DockerInstruction instruction)
    {
        var words = instruction.ExecWords is { } exec ? [.. exec] : instruction.Arguments.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        return words.Count >= 2 && words[..^1].Any(w => w is "." or "./");
    }

    /// <summary>The Dockerfile-specific ignore file, else the one at the root of its directory or of a compose build
    /// context that uses it.</summary>
    private static Engine.Files.SourceFile? IgnoreFile(RepositoryFacts facts, DockerfileDocument dockerfile)
    {
        var repository = facts.Repository;
        var contexts = ContainerFiles.Services(facts).Where(s => ContainerFiles.BuiltDockerfile(facts, s)?.Path == dockerfile.Path)
            .Select(s => ContainerFiles.Join(ContainerFiles.Directory(s.File), s.BuildContext?.Known ?? "."))
            .Append(dockerfile.Directory)
            .Append("");
        var candidates = new[] { dockerfile.Path + ".dockerignore" }.Concat(contexts.Select(c => c.Length == 0 ? ".dockerignore" : c + "/.dockerignore"));
        return candidates.Select(repository.File).FirstOrDefault(f => f is not null);
    }

    private static bool UsesEnvFiles(RepositoryFacts facts) =>
        facts.Repository.AllPaths.Any(p => p.EndsWith("/.env", StringComparison.Ordinal) || p == ".env" || p.Contains(".env.", StringComparison.Ordinal))
        || facts.Repository.File(".gitignore")?.Text.Split('\n').Any(l => l.Trim().TrimStart('/').StartsWith(".env", StringComparison.Ordinal)) == true;
}
