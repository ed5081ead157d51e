using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Files;
using ProdReady.Model;
using ProdReady.Rules;
using ProdReady.Tests.Fixtures;

namespace ProdReady.Tests.Secrets;

/// <summary>The leaks the seed audits found by hand, each found by rule and line in a repository built like the
/// seed's: a deployment guide with database, Redis and S3 credentials pasted into Markdown (seed 000, invented values
/// of the same shapes in tests/corpus/seed-leaks) and a Django settings file with its startproject key (seed 002).</summary>
public class SeedLeakLineTests
{
    [Fact]
    public void Deployment_guide_credentials_are_each_found_at_their_line()
    {
        var report = new Auditor(Catalogue.All, ToolIdentity.Current, Catalogue.SecretScanner)
            .Run(Path.Combine(TestPaths.RepoRoot, "tests", "corpus", "seed-leaks"), new WalkOptions { UseGit = false }, RuleOptions.Default);

        var secrets = report.Findings.Where(f => f.RuleId.Value.StartsWith("SEC", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {f.File}:{f.Line} {f.Severity.Id()}").ToList();

        Assert.Equal(
            [
                "SEC004 DEPLOYMENT.md:18 high", // PostgreSQL URL with its password
                "SEC004 DEPLOYMENT.md:21 high", // Redis URL with its password
                "SEC128 DEPLOYMENT.md:26 high", // S3 access key
                "SEC128 DEPLOYMENT.md:27 high", // S3 secret key
            ],
            secrets);
    }

    [Fact]
    public void Django_startproject_key_is_found_at_its_line()
    {
        var report = FixtureAudit.Run("django-sentinel");

        var key = Assert.Single(report.Findings, f => f.RuleId.Value == "SEC001");
        Assert.Equal("sentinel/settings.py:22 critical", $"{key.File}:{key.Line} {key.Severity.Id()}");
    }
}
