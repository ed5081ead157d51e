using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class RawSqlExamples
{
    private static readonly (string Path, string Content) Web =
        ("src/App/App.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>""");

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "minimal API endpoint interpolating a query-string value into FromSqlRaw",
            ("src/Shop/Program.cs", """
                app.MapGet("/products", async (string category, ShopDb db) =>
                    await [|db.Products.FromSqlRaw|]($"SELECT * FROM Products WHERE Category = '{category}'").ToListAsync());
                """),
            Web),
        RuleExample.Bad(
            "repository concatenating an id into ExecuteSqlRawAsync and formatting SqlQueryRaw",
            ("src/Shop/Data/OrderRepository.cs", """
                public sealed class OrderRepository(ShopDb db)
                {
                    public Task<int> Cancel(string id) =>
                        [|db.Database.ExecuteSqlRawAsync|]("UPDATE Orders SET Status = 'Cancelled' WHERE Id = " + id);

                    public IQueryable<decimal> Totals(string year) =>
                        [|db.Database.SqlQueryRaw|]<decimal>(string.Format("SELECT Total FROM Orders WHERE Year = {0}", year));
                }
                """),
            Web),
        RuleExample.Good(
            "FromSql and ExecuteSql with an interpolated FormattableString: every hole becomes a parameter",
            ("src/Shop/Data/ProductRepository.cs", """
                public sealed class ProductRepository(ShopDb db)
                {
                    public Task<List<Product>> InCategory(string category) =>
                        db.Products.FromSql($"SELECT * FROM Products WHERE Category = {category}").ToListAsync();

                    public Task<int> Archive(int id) =>
                        db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Products SET Archived = 1 WHERE Id = {id}");
                }
                """),
            Web),
        RuleExample.Good(
            "FromSqlRaw with placeholders and arguments, a constant script, a '+' inside the SQL text, and a script read from a file",
            ("src/Shop/Data/Maintenance.cs", """
                public sealed class Maintenance(ShopDb db)
                {
                    public Task<List<Product>> Named(string name) =>
                        db.Products.FromSqlRaw("SELECT * FROM Products WHERE Name = {0}", name).ToListAsync();

                    public Task Vacuum() => db.Database.ExecuteSqlRawAsync("PRAGMA optimize");

                    public Task Bump() => db.Database.ExecuteSqlRawAsync(@"UPDATE Counters SET Value = Value + 1 WHERE Name = 'hits'");

                    public Task Run(MigrationScript item) => db.Database.ExecuteSqlRawAsync(item.Script);
                }
                """),
            Web),
        RuleExample.Good(
            "a test seeding data with concatenated SQL",
            ("tests/Shop.Tests/Seed.cs", """
                db.Database.ExecuteSqlRaw("INSERT INTO Products (Name) VALUES ('" + name + "')");
                """),
            Web),
    ];
}
