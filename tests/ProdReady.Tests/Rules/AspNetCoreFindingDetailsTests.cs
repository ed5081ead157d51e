using ProdReady.Engine.Rules;
using ProdReady.Rules.Secrets;
using ProdReady.Rules.Security;

namespace ProdReady.Tests.Rules;

/// <summary>What the ASP.NET Core examples cannot say: per-finding severities and messages.</summary>
public class AspNetCoreFindingDetailsTests
{
    private const string Project = """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>""";

    [Fact]
    public void Jwt_checks_are_weighed_by_what_they_let_through_and_by_whether_an_identity_provider_is_used()
    {
        var ownKey = Run(new JwtValidationDisabled(), ("Api/Program.cs", """
            var p = new TokenValidationParameters { ValidateLifetime = false, ValidateAudience = false, RequireSignedTokens = false };
            """));
        var provider = Run(new JwtValidationDisabled(), ("Api/Program.cs", """
            builder.Services.AddAuthentication().AddJwtBearer(o => { o.Authority = url; o.TokenValidationParameters.ValidateAudience = false; });
            """));

        Assert.Equal(
            ["RequireSignedTokens Critical", "ValidateAudience Low", "ValidateLifetime High"],
            ownKey.Violations.Select(v => $"{v.Key} {v.Severity}").Order(StringComparer.Ordinal));
        Assert.Equal("ValidateAudience Medium", Assert.Single(provider.Violations.Select(v => $"{v.Key} {v.Severity}")));
    }

    [Fact]
    public void AllowCredentials_is_mentioned_only_when_it_is_in_the_same_policy_chain()
    {
        var separate = Run(new PermissiveCors(), ("Api/CorsPolicyProvider.cs", """
            var builder = new CorsPolicyBuilder().AllowAnyMethod();
            if (hosts.Length == 0)
            {
                builder.AllowAnyOrigin();
            }
            else
            {
                builder.WithOrigins(hosts).AllowCredentials();
            }
            """));
        var chained = Run(new PermissiveCors(), ("Api/Program.cs", """
            builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin()
                .AllowCredentials()));
            """));

        Assert.Equal("AllowAnyOrigin() lets any website call the API", Assert.Single(separate.Violations).Message);
        Assert.EndsWith("(and with AllowCredentials() the policy throws at start-up)", Assert.Single(chained.Violations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_string_passwords_weigh_less_in_development_settings_than_in_production_settings()
    {
        const string connection = "Server=db.shop.internal;Database=shop;User Id=shop;Password=Qm7#vT2x!Lr9Wp4z";
        var run = Run(new CredentialsInUrl(),
            ("Api/appsettings.json", $$"""{ "ConnectionStrings": { "Db": "{{connection}}" } }"""),
            ("Api/appsettings.Development.json", $$"""{ "ConnectionStrings": { "Db": "{{connection}}" } }"""),
            ("Api/appsettings.Production.json", $$"""{ "ConnectionStrings": { "Db": "{{connection}}" } }"""));

        Assert.Equal(
            [
                "Api/appsettings.Development.json Medium a connection string embeds a password in development configuration",
                "Api/appsettings.Production.json Critical a connection string embeds a password in a deployed configuration file",
                "Api/appsettings.json High a connection string embeds a password in source code",
            ],
            run.Violations.Select(v => $"{v.Location?.File} {v.Severity} {v.Message}").Order(StringComparer.Ordinal));
    }

    private static ExampleRun Run(Rule rule, params (string Path, string Content)[] files) =>
        ExampleRunner.Run(rule, RuleExample.Good("test", [("Api/Api.csproj", Project), .. files]));
}
