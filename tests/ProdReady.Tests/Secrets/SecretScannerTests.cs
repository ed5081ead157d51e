using System.Text;
using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Engine.Secrets;
using ProdReady.Rules.Secrets;

namespace ProdReady.Tests.Secrets;

public sealed partial class SecretScannerTests
{
    private const string Body = "Zq8Rw2Lp5Tn9Xv3Kb7Mc1Hd4Fg6Js0";

    [Fact]
    public void Prefilter_runs_only_the_detectors_whose_keywords_occur()
    {
        var scanner = new SecretScanner([Detector("alpha", "alpha_"), Detector("beta", "beta_"), Detector("gamma", "gamma_")]);
        var text = "first line\nkey = BETA_Qm7vX2kL9pR4\nlast line\n";

        Assert.Equal<int>([1], scanner.Triggered(text));
        var match = Assert.Single(scanner.Scan("a.txt", text));
        Assert.Equal(("beta", 2, 7, "BETA_Qm7vX2kL9pR4"), (match.DetectorId, match.Line, match.Column, match.Value));
    }

    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Checksums.Crc32("123456789"));
    }

    [Fact]
    public void GitHub_checksum_accepts_a_constructed_token_and_rejects_a_wrong_one()
    {
        var valid = "ghp_" + Body + Checksums.Base62(Checksums.Crc32(Body), 6);
        var wrong = valid[..^1] + (valid[^1] == 'A' ? 'B' : 'A');

        Assert.True(Checksums.GitHubToken(valid));
        Assert.False(Checksums.GitHubToken(wrong));
        Assert.False(Checksums.GitHubToken("ghp_short"));
    }

    [Fact]
    public void A_provider_match_wins_over_the_generic_match_on_the_same_value()
    {
        var token = "ghp_" + Body + Checksums.Base62(Checksums.Crc32(Body), 6);

        var matches = SecretRules.Scanner.Scan("scripts/release.sh", $"export GITHUB_TOKEN=\"{token}\"\n");

        var match = Assert.Single(matches);
        Assert.Equal(("github-classic-token", 1, 22), (match.DetectorId, match.Line, match.Column));
    }

    [Fact]
    public void A_minified_five_megabyte_line_is_scanned_in_windows_and_the_secret_found()
    {
        var token = "ghp_" + Body + Checksums.Base62(Checksums.Crc32(Body), 6);
        var filler = "var a=function(t){return t.token||t.secret||\"password\"};";
        var builder = new StringBuilder();
        while (builder.Length < 2_500_000)
        {
            builder.Append(filler);
        }

        var column = builder.Length + 1 + "auth=\"".Length;
        builder.Append("auth=\"").Append(token).Append("\";");
        while (builder.Length < 5_000_000)
        {
            builder.Append(filler);
        }

        var matches = SecretRules.Scanner.Scan("static/app.min.js", builder.ToString());

        var match = Assert.Single(matches);
        Assert.Equal(("github-classic-token", 1, column, token), (match.DetectorId, match.Line, match.Column, match.Value));
    }

    [Fact]
    public void Repository_secrets_are_scanned_once_and_shared()
    {
        var facts = new RepositoryFacts { Repository = Repository.FromFiles([KeyValuePair.Create("a.env", "TOKEN=x\n")]) };

        Assert.Same(facts.Secrets(SecretRules.Scanner), facts.Secrets(SecretRules.Scanner));
    }

    private static SecretDetector Detector(string id, string keyword) => new()
    {
        Id = id,
        Provider = id,
        Label = "token",
        Keywords = [keyword],
        Pattern = new Regex($"(?i:{keyword})[A-Za-z0-9]{{8,40}}", RegexOptions.None, TimeSpan.FromMilliseconds(SecretDetector.MatchTimeoutMilliseconds)),
    };
}
