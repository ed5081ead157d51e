using ProdReady.Model;

namespace ProdReady.Tests.Fixtures;

/// <summary>Whole fixture repositories against their reviewed golden files (tests/fixtures/NAME.expected.txt).
/// Regenerate with PRODREADY_APPROVE=1 and review the diff like code.</summary>
public class FixtureGoldenTests
{
    public static TheoryData<string> Fixtures() => [.. FixtureNames()];

    private static IEnumerable<string> FixtureNames() =>
        Directory.GetDirectories(TestPaths.Fixtures).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_matches_its_golden_findings(string name)
    {
        var actual = FixtureAudit.Golden(FixtureAudit.Run(name));
        var goldenPath = Path.Combine(TestPaths.Fixtures, name + ".expected.txt");
        if (TestPaths.Approving)
        {
            File.WriteAllText(goldenPath, actual);
        }

        Assert.True(File.Exists(goldenPath), $"no golden file {goldenPath}; run the tests with PRODREADY_APPROVE=1 and review it");
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }

    [Fact]
    public void After_fixes_the_fastapi_app_scores_at_least_25_more_and_changes_verdict()
    {
        var before = FixtureAudit.Run("fastapi-predictive-maintenance");
        var after = FixtureAudit.Run("fastapi-predictive-maintenance-fixed");

        Assert.Equal(Verdict.NotReady, before.Verdict);
        Assert.NotEqual(before.Verdict, after.Verdict);
        Assert.True(after.Score - before.Score >= 25, $"before {before.Score}, after {after.Score}");
    }

    [Fact]
    public void No_report_of_any_fixture_prints_a_planted_secret()
    {
        foreach (var name in FixtureNames())
        {
            var golden = FixtureAudit.Golden(FixtureAudit.Run(name));
            foreach (var secret in PlantedSecrets(name))
            {
                Assert.DoesNotContain(secret, golden);
            }
        }
    }

    /// <summary>The literal secret values in a fixture: long string values assigned to secret-named settings.</summary>
    private static IEnumerable<string> PlantedSecrets(string name) =>
        Directory.EnumerateFiles(TestPaths.Fixture(name), "*", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Select(line => System.Text.RegularExpressions.Regex.Match(line, @"(?i)(secret|password|token|api_key)\w*\s*[:=]\s*(?:\w+\s*=\s*)?[""']([^""']{12,})[""']"))
            .Where(m => m.Success)
            .Select(m => m.Groups[2].Value);
}
