using ProdReady.Engine.Rules;
using ProdReady.Rules.Configuration;
using ProdReady.Rules.Database;
using ProdReady.Rules.Security;

namespace ProdReady.Tests.Rules;

/// <summary>Known misses, each named for what it misses, so that fixing one shows up here.</summary>
public class ConfigurationSecurityKnownLimitsTests
{
    [Fact]
    public void Knex_configured_on_the_result_of_require_is_missed()
    {
        var run = Run(new SqliteInProduction(), ("db.js", "const knex = require(\"knex\")({ client: \"sqlite3\" });\n"));

        Assert.Empty(run.Violations);
    }

    [Fact]
    public void Aspnet_tokens_built_with_new_JwtSecurityToken_are_not_judged()
    {
        var run = Run(new JwtWithoutExpiry(), ("Auth.cs", "var token = new JwtSecurityToken(issuer, audience, claims, signingCredentials: creds);\n"));

        Assert.IsType<RuleOutcome.NotApplicable>(run.Outcome);
    }

    [Fact]
    public void Developer_exception_page_is_trusted_when_the_file_checks_the_environment_anywhere()
    {
        var run = Run(new DebugModeEnabled(), ("Program.cs", "if (app.Environment.IsDevelopment()) { app.UseHsts(); }\napp.UseDeveloperExceptionPage();\n"));

        Assert.Empty(run.Violations);
    }

    private static ExampleRun Run(Rule rule, params (string Path, string Content)[] files) =>
        ExampleRunner.Run(rule, RuleExample.Good("known limit", files));
}
