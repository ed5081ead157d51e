using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;
using ProdReady.Rules.Database;
using ProdReady.Rules.Secrets;
using ProdReady.Rules.Security;

namespace ProdReady.Tests.Rules;

/// <summary>What the examples cannot say: per-finding severities, masked secrets and messages.</summary>
public class ConfigurationSecurityFindingDetailsTests
{
    [Fact]
    public void Localhost_fallbacks_and_dev_proxies_are_low_while_backend_defaults_stay_high()
    {
        var run = Run(new HardcodedLocalhostUrl(),
            ("vite.config.ts", "export default { server: { proxy: { \"/api\": \"http://localhost:8000\" } } };\n"),
            ("src/config.ts", "export const API = import.meta.env.VITE_API_URL || \"http://localhost:8000\";\n"),
            ("app/config.py", "FRONTEND_URL = \"http://localhost:3000\"\n"));

        Assert.Equal(
            ["app/config.py:1 ", "src/config.ts:1 Low", "vite.config.ts:1 Low"],
            run.Violations.Select(v => $"{v.Location} {v.Severity}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Wildcard_origins_with_credentials_are_critical_and_wildcard_methods_medium()
    {
        var run = Run(new PermissiveCors(), ("main.py", """
            from fastapi.middleware.cors import CORSMiddleware
            app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])
            """));

        Assert.Equal([Severity.Critical, Severity.Medium], run.Violations.Select(v => v.Severity ?? Severity.High).Order().Reverse());
    }

    [Fact]
    public void Secrets_are_masked_and_never_written_into_messages()
    {
        const string key = "q8Vn3LzR7wK2pX9mT4bY6cJ1hF5dS0aG";
        const string weak = "change-me-in-production";
        var strong = Run(new HardcodedSecretInSettings(), ("settings.py", $"SECRET_KEY = \"{key}\"\n"));
        var placeholder = Run(new WeakDefaultSecret(), ("settings.py", $"SECRET_KEY = \"{weak}\"\n"));

        Assert.Equal(key, Assert.Single(strong.Violations).Secret);
        Assert.Equal(weak, Assert.Single(placeholder.Violations).Secret);
        Assert.DoesNotContain(key, strong.Violations[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(weak, placeholder.Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_password_embedded_in_a_database_url_is_the_masked_part()
    {
        var run = Run(new HardcodedSecretInSettings(), ("settings.py", "DATABASE_URL = \"postgresql://app:Gk7pW2qLz9vX4mTb@db.internal/app\"\n"));

        Assert.Equal("Gk7pW2qLz9vX4mTb", Assert.Single(run.Violations).Secret);
    }

    [Fact]
    public void An_example_env_file_missing_variables_is_one_low_finding_listing_them_sorted()
    {
        var run = Run(new EnvExampleMissing(),
            (".env.example", "DATABASE_URL=\n"),
            ("app/config.py", "import os\nB = os.environ[\"ZETA_KEY\"]\nA = os.environ[\"ALPHA_KEY\"]\nD = os.environ[\"DATABASE_URL\"]\n"));

        var violation = Assert.Single(run.Violations);
        Assert.Equal(Severity.Low, violation.Severity);
        Assert.Equal("2 variables read by the code are missing from .env.example: ALPHA_KEY, ZETA_KEY", violation.Message);
    }

    [Fact]
    public void Reload_in_the_entry_point_is_medium()
    {
        var run = Run(new DebugModeEnabled(), ("main.py", "import uvicorn\nuvicorn.run(\"main:app\", reload=True)\n"));

        Assert.Equal(Severity.Medium, Assert.Single(run.Violations).Severity);
    }

    [Fact]
    public void Sqlite_outcome_passes_with_evidence_when_a_server_database_is_configured()
    {
        var run = Run(new SqliteInProduction(), ("requirements.txt", "fastapi\nasyncpg==0.29.0\n"));

        var passed = Assert.IsType<RuleOutcome.Passed>(run.Outcome);
        Assert.Equal("database driver asyncpg declared in requirements.txt:2", Assert.Single(passed.Evidence).Text);
    }

    private static ExampleRun Run(Rule rule, params (string Path, string Content)[] files) =>
        ExampleRunner.Run(rule, RuleExample.Good("test", files));
}
