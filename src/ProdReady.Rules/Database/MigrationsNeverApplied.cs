using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Containers;
using ProdReady.Rules.Kubernetes;
using ProdReady.Rules.Observability;
using ProdReady.Rules.Operations;

namespace ProdReady.Rules.Database;

public sealed class MigrationsNeverApplied : Rule
{
    private const string Places = "Dockerfile RUN/CMD/ENTRYPOINT, entrypoint and other scripts, compose commands, Kubernetes Jobs, " +
        "init containers and Helm hooks, Procfile, CI workflows, Makefiles, package.json and pyproject task runners, and the code";

    private static readonly string[] Words = ["migrate", "Migrate", "upgrade", "efbundle", "Umzug"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("DB081"),
        Name = "migrations-never-applied",
        Title = "Migrations exist but nothing in the deployment applies them",
        Area = Area.Database,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "When no entrypoint, job, release step or pipeline applies the migrations, every deploy relies on someone " +
            "remembering to run them by hand against production: the new code starts against the old schema and fails on the " +
            "first query that touches a new column, or the step is run late, from a laptop, with whatever credentials are at hand.",
        Fix = "Apply migrations once per release before the new version takes traffic: a Kubernetes Job or Helm pre-upgrade hook, " +
            "an init container, a compose one-shot service the app depends on (condition: service_completed_successfully), a " +
            "Procfile `release:` line or a CI deploy step running `alembic upgrade head`, `python manage.py migrate --noinput`, " +
            "`dotnet ef database update` (or an EF bundle), `prisma migrate deploy`, `knex migrate:latest` or `sequelize db:migrate`.",
        References =
        [
            "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/",
            "https://alembic.sqlalchemy.org/en/latest/tutorial.html#running-our-first-migration",
            "https://learn.microsoft.com/ef/core/managing-schemas/migrations/applying",
            "https://www.prisma.io/docs/orm/prisma-client/deployment/deploy-database-changes-with-prisma-migrate",
        ],
        Examples = MigrationsNeverAppliedExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var present = MigrationFramework.All
            .Select(f => (Framework: f, Files: facts.Repository.AllPaths.Where(p => ContainerFiles.Counts(p) && f.Files.IsMatch(p)).ToList()))
            .Where(x => x.Files.Count > 0 && (x.Framework.Dependencies.IsEmpty || x.Framework.Dependencies.Any(facts.HasDependency)))
            .ToList();
        if (present.Count == 0)
        {
            return RuleOutcome.Skip("no migration files found");
        }

        var deployment = Deployment(facts);
        if (deployment is null)
        {
            return RuleOutcome.Skip("no Dockerfile, compose file or Kubernetes manifest describes a deployment");
        }

        // A CI job that only tests the migrations is weaker evidence than a deployment file or script, so it is looked at last.
        var candidates = facts.Repository.Files.Where(f => Words.Any(w => f.Text.Contains(w, StringComparison.Ordinal)))
            .OrderBy(f => f.Path.StartsWith(".github/", StringComparison.Ordinal) || f.Path.StartsWith(".gitlab", StringComparison.Ordinal))
            .ToList();
        var evidence = new List<Evidence>();
        var violations = new List<Violation>();
        foreach (var (framework, files) in present)
        {
            var migrationFiles = files.ToHashSet(StringComparer.Ordinal);
            var runner = First(candidates.Where(f => Searched(f.Path) && !migrationFiles.Contains(f.Path)), framework);
            if (runner is { } found)
            {
                evidence.Add(new Evidence($"{framework.Name} migrations are run by `{found.Text}` in {found.Span}", found.Span));
                continue;
            }

            var documented = First(candidates.Where(f => RepositoryText.IsDocument(f.Path) && !CodePaths.IsVendored(f.Path)), framework);
            var manual = documented is { } doc ? $"; it is only documented as a manual step ({doc.Span})" : "";
            violations.Add(new Violation(null,
                $"{framework.Name} migrations ({Count(files)} in {Folders(files)}) exist and {deployment} deploys the app, but nothing applies them: " +
                $"searched {Places} for {framework.Commands}{manual}")
            { Key = framework.Name });
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(evidence);
    }

    private static string? Deployment(RepositoryFacts facts)
    {
        var found = ContainerFiles.Dockerfiles(facts).Select(d => d.Path)
            .Concat(ContainerFiles.ComposeFiles(facts).Select(c => c.Path))
            .Concat(Workloads.All(facts).Select(o => o.File))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return found.Count switch
        {
            0 => null,
            1 => found[0],
            _ => $"{found[0]} (and {found.Count - 1} more)",
        };
    }

    /// <summary>Files that can apply migrations: not tests, vendored code, documentation or development containers.</summary>
    private static bool Searched(string path) =>
        !CodePaths.IsTest(path) && !CodePaths.IsVendored(path) && !RepositoryText.IsDocument(path)
        && Path.GetExtension(path).ToLowerInvariant() is not (".html" or ".htm" or ".ipynb")
        && !path.Split('/').SkipLast(1).Any(d => d is ".devcontainer" or ".claude" or ".cursor");

    private static (string Text, SourceSpan Span)? First(IEnumerable<SourceFile> files, MigrationFramework framework)
    {
        foreach (var file in files)
        {
            foreach (var line in LinesWithWords(file))
            {
                var text = file.Line(line);
                if (!IsComment(text) && framework.Runs(text) is { } match)
                {
                    return (string.Join(' ', match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)), new SourceSpan(file.Path, line, match.Index + 1));
                }
            }
        }

        return null;
    }

    private static IEnumerable<int> LinesWithWords(SourceFile file)
    {
        var lines = new SortedSet<int>();
        foreach (var word in Words)
        {
            for (var index = file.Text.IndexOf(word, StringComparison.Ordinal); index >= 0; index = file.Text.IndexOf(word, index + word.Length, StringComparison.Ordinal))
            {
                lines.Add(file.Position(index).Line);
            }
        }

        return lines;
    }

    private static bool IsComment(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith('#') || trimmed.StartsWith("//", StringComparison.Ordinal);
    }

    private static string Folders(List<string> files)
    {
        var folders = files.Select(f => CodePaths.Directory(f) + "/").Distinct(StringComparer.Ordinal).ToList();
        return folders.Count <= 2 ? string.Join(" and ", folders) : $"{folders[0]} and {folders.Count - 1} other folders";
    }

    private static string Count(List<string> files) => files.Count == 1 ? "1 file" : $"{files.Count} files";
}
