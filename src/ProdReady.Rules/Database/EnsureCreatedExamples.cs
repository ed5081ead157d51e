using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Database;

internal static class EnsureCreatedExamples
{
    private static readonly (string Path, string Content) Web =
        ("src/App/App.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>""");

    private const string Snapshot = """
        [DbContext(typeof(ShopDb))]
        partial class ShopDbModelSnapshot : ModelSnapshot
        {
        }
        """;

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "minimal hosting creating the schema at start-up although migrations exist",
            ("src/Shop/Program.cs", """
                var app = builder.Build();
                using (var scope = app.Services.CreateScope())
                {
                    [|scope.ServiceProvider.GetRequiredService<ShopDb>().Database.EnsureCreated|]();
                }
                app.Run();
                """),
            ("src/Shop/Migrations/ShopDbModelSnapshot.cs", Snapshot),
            Web),
        RuleExample.Bad(
            "a seeding service awaiting EnsureCreatedAsync",
            ("src/Shop/Data/Seeder.cs", """
                public sealed class Seeder(ShopDb db)
                {
                    public async Task SeedAsync()
                    {
                        await [|db.Database.EnsureCreatedAsync|]();
                        db.Products.Add(new Product("Mug"));
                        await db.SaveChangesAsync();
                    }
                }
                """),
            ("src/Shop/Migrations/ShopDbModelSnapshot.cs", Snapshot),
            Web),
        RuleExample.Good(
            "migrations applied with Migrate(), EnsureCreated only in development",
            ("src/Shop/Program.cs", """
                using (var scope = app.Services.CreateScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<ShopDb>();
                    if (app.Environment.IsDevelopment())
                    {
                        db.Database.EnsureCreated();
                    }
                    else
                    {
                        db.Database.Migrate();
                    }
                }
                """),
            ("src/Shop/Migrations/ShopDbModelSnapshot.cs", Snapshot),
            Web),
        RuleExample.Good(
            "a reset helper that deletes and recreates on purpose, and a test fixture",
            ("src/Shop/Data/DatabaseReset.cs", """
                public sealed class DatabaseReset(ShopDb db)
                {
                    public async Task Reset()
                    {
                        await db.Database.EnsureDeletedAsync();
                        await db.Database.EnsureCreatedAsync();
                    }
                }
                """),
            ("tests/Shop.Tests/DbFixture.cs", """
                public sealed class DbFixture
                {
                    public DbFixture() => new ShopDb(Options).Database.EnsureCreated();
                }
                """),
            ("src/Shop/Migrations/ShopDbModelSnapshot.cs", Snapshot),
            Web),
        RuleExample.Good(
            "no migrations at all: DB002 reports that, not this rule",
            ("src/Shop/Program.cs", """
                db.Database.EnsureCreated();
                """),
            Web),
    ];
}
