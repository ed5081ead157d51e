using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Database;

public sealed partial class NoMigrationTooling : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("DB002"),
        Name = "no-migration-tooling",
        Title = "Database schema has no migrations",
        Area = Area.Database,
        Severity = Severity.High,
        EffortHours = 3,
        Rationale = "Without migrations the schema in production can only be created, never changed safely: " +
            "create_all() adds missing tables but no columns, renames or constraints, so the first model change means " +
            "hand-written SQL against live data or a dropped table. Versioned migrations make every change reviewable, " +
            "repeatable in each environment and reversible.",
        Fix = "SQLAlchemy: `alembic init migrations`, point env.py at the models' metadata, `alembic revision " +
            "--autogenerate` and run `alembic upgrade head` on deploy (Flask: Flask-Migrate). Django: `python manage.py " +
            "makemigrations` and commit each app's migrations/ folder. EF Core: `dotnet ef migrations add Initial` and " +
            "apply migrations instead of EnsureCreated().",
        References =
        [
            "https://alembic.sqlalchemy.org/en/latest/tutorial.html",
            "https://docs.djangoproject.com/en/stable/topics/migrations/",
            "https://learn.microsoft.com/ef/core/managing-schemas/migrations/",
        ],
        Examples = MigrationExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var paths = facts.Repository.AllPaths;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();

        var models = OrmModels.SqlAlchemy(facts).ToList();
        if (models.Count > 0)
        {
            if (Alembic(facts) is { } alembic)
            {
                evidence.Add(alembic);
            }
            else
            {
                var createAll = facts.Calls.FirstOrDefault(c => c.Name == "create_all" && c.Language == SourceLanguage.Python);
                var tables = createAll is null ? "" : $"; tables are created with {createAll.Callee}() ({createAll.Span})";
                violations.Add(new Violation(null,
                    $"SQLAlchemy models ({Names(models)}) have no migrations: searched for an alembic or flask-migrate dependency, alembic.ini and migrations/env.py{tables}"));
            }
        }

        foreach (var app in OrmModels.Django(facts).GroupBy(m => AppFolder(m.Span.File)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var folder = app.Key.Length == 0 ? "migrations/" : $"{app.Key}/migrations/";
            var migration = paths.FirstOrDefault(p => p.StartsWith(folder, StringComparison.Ordinal) && DjangoMigration().IsMatch(p[folder.Length..]));
            if (migration is not null)
            {
                evidence.Add(new Evidence($"Django migrations in {folder} ({migration})"));
                continue;
            }

            var first = app.First();
            var name = app.Key.Length == 0 ? "the project" : $"app '{app.Key[(app.Key.LastIndexOf('/') + 1)..]}'";
            violations.Add(new Violation(first.Span, $"{name} defines models ({Names(app)}) but {folder} holds no migration (searched for {folder}0001_*.py)") { Key = app.Key });
        }

        var contexts = OrmModels.DbContexts(facts).ToList();
        if (contexts.Count > 0)
        {
            var migration = paths.FirstOrDefault(p => p.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal)
                || (p.Contains("Migrations/", StringComparison.Ordinal) && p.EndsWith(".cs", StringComparison.Ordinal)));
            if (migration is not null)
            {
                evidence.Add(new Evidence($"EF Core migrations ({migration})"));
            }
            else
            {
                var ensure = facts.Calls.FirstOrDefault(c => c.Name == "EnsureCreated" || c.Name == "EnsureCreatedAsync");
                var created = ensure is null ? "" : $"; the schema is created with {ensure.Name}() ({ensure.Span})";
                violations.Add(new Violation(null,
                    $"EF Core DbContext {Names(contexts)} has no migrations: searched for a Migrations folder and a *ModelSnapshot.cs{created}"));
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence) : RuleOutcome.Skip("no ORM models found");
    }

    private static Evidence? Alembic(RepositoryFacts facts)
    {
        var dependency = facts.Dependencies.FirstOrDefault(d => d.Name is "alembic" or "flask-migrate" or "flask_migrate");
        if (dependency is not null)
        {
            return new Evidence($"{dependency.Name} declared in {dependency.Span}", dependency.Span);
        }

        var path = facts.Repository.AllPaths.FirstOrDefault(p => p.EndsWith("alembic.ini", StringComparison.Ordinal)
            || p.EndsWith("migrations/env.py", StringComparison.Ordinal) || p.EndsWith("alembic/env.py", StringComparison.Ordinal));
        if (path is not null)
        {
            return new Evidence($"Alembic configuration in {path}");
        }

        var import = facts.Imports.FirstOrDefault(i => i.Module is "alembic" or "flask_migrate" || i.Module.StartsWith("alembic.", StringComparison.Ordinal));
        return import is null ? null : new Evidence($"{import.Module} imported in {import.Span}", import.Span);
    }

    /// <summary>The Django app folder: the folder of models.py, or the parent of a models/ package.</summary>
    private static string AppFolder(string path)
    {
        var folder = path.Contains('/') ? path[..path.LastIndexOf('/')] : string.Empty;
        if (folder == "models" || folder.EndsWith("/models", StringComparison.Ordinal))
        {
            folder = folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : string.Empty;
        }

        return folder;
    }

    private static string Names(IEnumerable<ClassFact> classes)
    {
        var names = classes.Select(c => c.Name).Distinct().ToList();
        return names.Count > 5 ? $"{string.Join(", ", names.Take(5))} and {names.Count - 5} more" : string.Join(", ", names);
    }

    [GeneratedRegex("^[0-9]{4}_[A-Za-z0-9_]+\\.py$")]
    private static partial Regex DjangoMigration();
}
