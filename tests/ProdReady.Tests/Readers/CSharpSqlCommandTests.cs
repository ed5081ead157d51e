using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class CSharpSqlCommandTests
{
    private const string Store = """
        using Microsoft.Data.SqlClient;

        public sealed class Store
        {
            public void Run(SqlConnection connection, string name)
            {
                using var command = new SqlCommand($"DELETE FROM Users WHERE Name = '{name}'", connection);
                var other = new Microsoft.Data.SqlClient.SqlCommand("SELECT 1");
                var order = new CreateOrderCommand(name);
            }
        }
        """;

    [Fact]
    public void Ado_net_command_constructors_are_calls_of_their_type_and_other_constructions_are_not()
    {
        var calls = new CSharpReader().Read(File("Store.cs", Store)).Calls;

        Assert.Equal(["SqlCommand", "Microsoft.Data.SqlClient.SqlCommand"], calls.Select(c => c.Callee));
        var command = calls[0];
        Assert.Equal((7, 29), (command.Span.Line, command.Span.Column));
        Assert.Equal("Run", command.EnclosingFunction);
        Assert.Equal(ValueKind.Expression, command.Positional(0)!.Kind);
        Assert.Equal("$\"DELETE FROM Users WHERE Name = '{name}'\"", command.Positional(0)!.Raw);
        Assert.Equal("connection", command.Positional(1)!.Raw);
    }
}
