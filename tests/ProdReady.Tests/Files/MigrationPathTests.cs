using ProdReady.Engine.Files;

namespace ProdReady.Tests.Files;

public sealed class MigrationPathTests
{
    [Theory]
    [InlineData("shop/migrations/0001_initial.py", true)]
    [InlineData("alembic/versions/4f2a_add_users.py", true)]
    [InlineData("src/app/database/revisions/tenant/versions/2021-10-27_d1dc160533c7.py", true)]
    [InlineData("src/app/database/revisions/tenant/env.py", true)]
    [InlineData("db/alembic/env.py", true)]
    [InlineData("src/Data/Migrations/20240101_Init.cs", true)]
    [InlineData("api/protos/user_pb2.py", true)]
    [InlineData("app/api/versions/v1.py", false)]
    [InlineData("app/env.py", false)]
    [InlineData("app/revisions.py", false)]
    [InlineData("app/revisions/service.py", false)]
    public void Migration_histories_and_generated_code_are_recognised(string path, bool expected) =>
        Assert.Equal(expected, PathRoles.IsGeneratedOrMigration(path));
}
