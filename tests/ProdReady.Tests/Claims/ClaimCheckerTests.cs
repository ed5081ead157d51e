using ProdReady.Cli;
using ProdReady.Engine.Auditing;
using ProdReady.Engine.Claims;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Model;
using ProdReady.Model.Claims;
using ProdReady.Rules;

namespace ProdReady.Tests.Claims;

public class ClaimCheckerTests
{
    public static string Document => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "ProdReady.Tests", "Claims", "Documents", "readiness-complete.md"));

    [Fact]
    public void Every_claim_of_the_complete_document_is_classified_against_the_original_fixture()
    {
        var claims = Check("fastapi-predictive-maintenance");

        Assert.Equal(
        [
            "13 - not-checkable",
            "15 rate-limiting supported",
            "16 password-hashing supported",
            "17 cors contradicted",
            "19 secrets-management contradicted",
            "21 secrets-management contradicted",
            "27 containers contradicted",
            "28 ci-cd contradicted",
            "29 backups-disaster-recovery no-evidence",
            "32 - not-checkable",
            "34 structured-logging contradicted",
            "35 health-checks contradicted",
            "36 metrics-monitoring-alerting no-evidence",
            "37 tests-and-coverage contradicted",
            "38 migrations contradicted",
            "39 organisational not-checkable",
            "42 connection-pooling supported",
        ], claims.Select(Describe));
    }

    [Fact]
    public void The_same_document_is_mostly_supported_by_the_fixed_fixture()
    {
        var claims = Check("fastapi-predictive-maintenance-fixed");

        Assert.Equal(
        [
            "13 - not-checkable",
            "15 rate-limiting supported",
            "16 password-hashing supported",
            "17 cors supported",
            "19 secrets-management supported",
            "21 secrets-management supported",
            "27 containers supported",
            "28 ci-cd supported",
            "29 backups-disaster-recovery no-evidence",
            "32 - not-checkable",
            "34 structured-logging supported",
            "35 health-checks supported",
            "36 metrics-monitoring-alerting supported",
            "37 tests-and-coverage supported",
            "38 migrations supported",
            "39 organisational not-checkable",
            "42 connection-pooling supported",
        ], claims.Select(Describe));
    }

    [Fact]
    public void A_contradicting_finding_wins_over_a_passed_check_of_the_same_topic()
    {
        var (report, facts) = Audit("fastapi-predictive-maintenance");
        Assert.Contains(report.Passed, p => p.RuleId.Value == "OBS003");

        var claim = ClaimChecker.Check(new Claim(1, "Health checks for every service", ClaimKind.CheckedTask), new ClaimContext(report, facts));

        Assert.Equal(ClaimStatus.Contradicted, claim.Status);
        var evidence = Assert.Single(claim.Evidence);
        Assert.Equal(("OBS004", "python_backend/routes/health_routes.py", 6), (evidence.RuleId, evidence.File, evidence.Line));
        Assert.Equal("OBS004 python_backend/routes/health_routes.py:6: Health check does not check dependencies", evidence.Text.Value);
    }

    [Fact]
    public void Supporting_evidence_names_the_passed_check_and_the_facts()
    {
        var claim = Check("fastapi-predictive-maintenance").Single(c => c.Line == 15);

        Assert.Equal(
            ["SCU002 python_backend/rate_limit.py 6 SCU002: rate limiting: Limiter in python_backend/rate_limit.py:6", "- python_backend/requirements.txt 7 slowapi declared in python_backend/requirements.txt:7"],
            claim.Evidence.Select(e => $"{e.RuleId ?? "-"} {e.File ?? "-"} {e.Line?.ToString() ?? "-"} {e.Text.Value}"));
    }

    [Fact]
    public void A_dockerfile_user_supports_a_non_root_claim()
    {
        var (report, facts) = Audit("fastapi-predictive-maintenance-fixed");

        var claim = ClaimChecker.Check(new Claim(3, "Non-root containers", ClaimKind.ListItem), new ClaimContext(report, facts));

        Assert.Equal(ClaimStatus.Supported, claim.Status);
        Assert.Equal("non-root-containers", claim.Topic);
        Assert.Equal(["USER nginx in Dockerfile.frontend:25", "USER app in python_backend/Dockerfile:33"], claim.Evidence.Select(e => e.Text.Value));
    }

    [Theory]
    [InlineData("Rate limiting and DDoS protection", "rate-limiting")]
    [InlineData("SQL injection prevention", "sql-injection-prevention")]
    [InlineData("Input sanitization and validation", "input-validation")]
    [InlineData("Audit logging and compliance", "audit-logging")]
    [InlineData("Log aggregation with the ELK stack", "logging")]
    [InlineData("Container orchestration", "kubernetes")]
    [InlineData("Production Docker Compose with env separation", "docker-compose")]
    [InlineData("Security-hardened Docker images", "non-root-containers")]
    [InlineData("SSL/TLS encryption", "tls-https")]
    [InlineData("JWT tokens expire and refresh", "jwt-expiry-refresh")]
    [InlineData("Foreign key constraints", "foreign-keys-constraints")]
    [InlineData("Caching layer (Redis)", "caching")]
    [InlineData(".env.example documents every variable", "env-example")]
    [InlineData("Stakeholders signed off the launch", "organisational")]
    [InlineData("Trained the team on Docker", "organisational")]
    public void Topics_come_from_the_table(string text, string topic) => Assert.Equal(topic, ClaimTopics.Classify(text)?.Id);

    [Fact]
    public void Every_rule_the_table_names_exists()
    {
        var known = Catalogue.All.Select(r => r.Descriptor.Id.Value).ToHashSet();

        Assert.All(ClaimTopics.All.SelectMany(t => t.Contradicting.Concat(t.Supporting)), id => Assert.Contains(id, known));
    }

    [Fact]
    public void Known_limit_keywords_are_matched_not_understood()
    {
        var claims = ClaimExtractor.Extract("- ✅ We chose not to use Docker\n");

        Assert.Equal("containers", ClaimTopics.Classify(Assert.Single(claims).Text)?.Id);
    }

    [Fact]
    public void Known_limit_a_claim_naming_several_topics_is_checked_for_the_first_only()
    {
        Assert.Equal("input-validation", ClaimTopics.Classify("Input sanitization, rate limiting and password hashing")?.Id);
    }

    private static string Describe(CheckedClaim claim) => $"{claim.Line} {claim.Topic ?? "-"} {claim.Status.Id()}";

    private static IReadOnlyList<CheckedClaim> Check(string fixture)
    {
        var (report, facts) = Audit(fixture);
        return ClaimChecker.Check(ClaimExtractor.Extract(Document), new ClaimContext(report, facts));
    }

    private static (AuditReport Report, RepositoryFacts Facts) Audit(string fixture)
    {
        var repository = RepositoryWalker.Walk(TestPaths.Fixture(fixture), new WalkOptions { UseGit = false });
        var report = new Auditor(Catalogue.All, ToolIdentity.Current).Audit(repository, RuleOptions.Default);
        return (report, FactsBuilder.Build(repository));
    }
}
