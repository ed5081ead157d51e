using ProdReady.Engine.Files;

namespace ProdReady.Tests.Rules;

public sealed class DjangoPathRoleTests
{
    [Theory]
    [InlineData("scripts/smoketest_configuration.py", true)]
    [InlineData("netbox/netbox/configuration.py", false)]
    [InlineData("events/tests.py", true)]
    public void Smoke_test_configuration_is_test_code(string path, bool expected) =>
        Assert.Equal(expected, PathRoles.IsTest(path));
}
