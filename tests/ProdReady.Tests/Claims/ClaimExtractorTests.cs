using ProdReady.Engine.Claims;

namespace ProdReady.Tests.Claims;

public class ClaimExtractorTests
{
    [Fact]
    public void Checked_task_items_are_claims_and_unchecked_ones_are_not()
    {
        var claims = ClaimExtractor.Extract("# Checklist\n\n- [x] Rate limiting\n- [ ] Backups\n- [X] Health checks\n");

        Assert.Equal(["3 CheckedTask Rate limiting", "5 CheckedTask Health checks"], Describe(claims));
    }

    [Fact]
    public void List_items_with_a_done_mark_are_claims()
    {
        var claims = ClaimExtractor.Extract("Status:\n\n- Rate limiting ✅\n- ✔️ CORS locked down\n- Docker images DONE\n- Backups Implemented\n- Caching\n- ❌ Monitoring\n");

        Assert.Equal(["3 ListItem Rate limiting", "4 ListItem CORS locked down", "5 ListItem Docker images DONE", "6 ListItem Backups Implemented"], Describe(claims));
    }

    [Fact]
    public void Table_rows_with_a_status_mark_are_claims()
    {
        var claims = ClaimExtractor.Extract("| Item | Status |\n|---|---|\n| Dockerfile | ✅ |\n| Backups | ❌ |\n| CI | COMPLETE |\n| Caching | planned |\n");

        Assert.Equal(["3 TableRow Dockerfile", "5 TableRow CI | COMPLETE"], Describe(claims));
    }

    [Fact]
    public void Headings_that_declare_completion_are_claims_and_cover_their_list_items()
    {
        var claims = ClaimExtractor.Extract("## Security ✅\n\n- Rate limiting on login\n\n### Details\n\n- Password hashing with bcrypt\n\n## Open items\n\n- Backups\n\n# ❌ Blockers\n\n- Monitoring\n");

        Assert.Equal(["1 Heading Security", "3 ListItem Rate limiting on login", "7 ListItem Password hashing with bcrypt"], Describe(claims));
    }

    [Fact]
    public void A_heading_with_complete_in_words_is_a_claim()
    {
        var claims = ClaimExtractor.Extract("# Monitoring - 100% COMPLETE\n\n# Completed work\n");

        Assert.Equal(["1 Heading Monitoring - 100% COMPLETE", "3 Heading Completed work"], Describe(claims));
    }

    [Fact]
    public void Sentences_stating_completion_are_claims_with_their_own_line()
    {
        var claims = ClaimExtractor.Extract("# Notes\n\nThe team met on Monday. Rate limiting was\nimplemented for the API. Caching is not implemented yet.\nWe **configured** the CI pipeline!\n");

        Assert.Equal(["3 Sentence Rate limiting was implemented for the API.", "5 Sentence We configured the CI pipeline!"], Describe(claims));
    }

    [Fact]
    public void Code_blocks_are_never_read()
    {
        var claims = ClaimExtractor.Extract("# Setup\n\n```\n- [x] Rate limiting implemented ✅\n```\n\n    Docker added ✅\n\n- [x] Real claim\n");

        Assert.Equal(["9 CheckedTask Real claim"], Describe(claims));
    }

    [Fact]
    public void Negated_completion_words_are_not_claims()
    {
        var claims = ClaimExtractor.Extract("- Backups not configured\n- Missing rate limiting, to be added\n- Monitoring enabled\n");

        Assert.Equal(["3 ListItem Monitoring enabled"], Describe(claims));
    }

    private static IEnumerable<string> Describe(IEnumerable<Claim> claims) => claims.Select(c => $"{c.Line} {c.Kind} {c.Text}");
}
