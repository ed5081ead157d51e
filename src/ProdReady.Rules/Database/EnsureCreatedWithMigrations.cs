using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Database;

public sealed class EnsureCreatedWithMigrations : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("DB050"),
        Name = "ensure-created-with-migrations",
        Title = "EnsureCreated() used in a project that has EF Core migrations",
        Area = Area.Database,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "EnsureCreated() builds the schema straight from the model and records no migration history: on an " +
            "empty database the migrations are bypassed, a later Migrate() then fails on tables that already exist, and " +
            "on an existing database it does nothing, so schema changes are silently never applied. (A project with no " +
            "migrations at all is reported by DB002.)",
        Fix = "Apply the migrations instead: `dotnet ef database update` or a migration bundle in the deploy pipeline, " +
            "or `db.Database.Migrate()` at start-up; keep EnsureCreated() for tests and IsDevelopment() prototypes.",
        References =
        [
            "https://learn.microsoft.com/ef/core/managing-schemas/ensure-created",
            "https://learn.microsoft.com/ef/core/managing-schemas/migrations/applying",
        ],
        AppliesTo = [Technology.AspNetCore],
        Examples = EnsureCreatedExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var migration = facts.Repository.AllPaths.FirstOrDefault(p => p.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal));
        if (migration is null)
        {
            return RuleOutcome.Skip("no EF Core migrations (a missing migration setup is DB002's finding)");
        }

        // Cosmos DB has no migrations: EnsureCreated is how its containers are made.
        if (facts.Calls.Any(c => c.Language == SourceLanguage.CSharp && c.Name == "UseCosmos"))
        {
            return RuleOutcome.Skip("Cosmos DB provider: EnsureCreated is its schema tool");
        }

        var violations = facts.Calls
            .Where(c => c.Language == SourceLanguage.CSharp && c.Name is "EnsureCreated" or "EnsureCreatedAsync" && FileRoles.IsProduction(c.Span.File))
            .Where(c => !InDevelopmentFile(facts, c) && !ResetsDatabase(facts, c))
            .Select(c => new Violation(c.Span, $"{c.Name}() creates the schema without the migrations in {MigrationFolder(migration)}"))
            .ToList();
        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        var migrate = facts.Calls.FirstOrDefault(c => c.Language == SourceLanguage.CSharp && c.Name is "Migrate" or "MigrateAsync" && c.Callee.Contains("Database", StringComparison.Ordinal));
        return RuleOutcome.Pass(migrate is not null
            ? new Evidence($"EF Core migrations applied with {migrate.Callee}() in {migrate.Span}", migrate.Span)
            : new Evidence($"EF Core migrations in {MigrationFolder(migration)}, no EnsureCreated()"));
    }

    private static bool InDevelopmentFile(RepositoryFacts facts, CallFact call) =>
        facts.CallsIn(call.Span.File).Any(c => c.Name is "IsDevelopment" or "IsEnvironment");

    /// <summary>EnsureDeleted() then EnsureCreated() in one method is a deliberate reset for tests or tools.</summary>
    private static bool ResetsDatabase(RepositoryFacts facts, CallFact call) =>
        call.EnclosingFunction is { } function
        && facts.CallsIn(call.Span.File).Any(c => c.Name is "EnsureDeleted" or "EnsureDeletedAsync" && c.EnclosingFunction == function);

    private static string MigrationFolder(string snapshot) =>
        snapshot.Contains('/', StringComparison.Ordinal) ? snapshot[..snapshot.LastIndexOf('/')] + "/" : snapshot;
}
