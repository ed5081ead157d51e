using ProdReady.Engine.Suppressions;

namespace ProdReady.Tests.Suppressions;

public class InlineSuppressionScannerTests
{
    [Theory]
    [InlineData("DEBUG = True  # prodready:ignore CFG001 local settings only", "CFG001", "local settings only", false)]
    [InlineData("app.debug = true; // prodready:ignore debug-mode-enabled tests need it", "debug-mode-enabled", "tests need it", false)]
    [InlineData("/* prodready:ignore CFG001 generated file */", "CFG001", "generated file", true)]
    [InlineData("  <!-- prodready:ignore DOC001 kept for the old portal -->", "DOC001", "kept for the old portal", true)]
    [InlineData("-- prodready:ignore DB001 reviewed by the DBA", "DB001", "reviewed by the DBA", true)]
    [InlineData("; prodready:ignore CFG002 ini sample", "CFG002", "ini sample", true)]
    [InlineData("REM prodready:ignore CFG002 batch helper", "CFG002", "batch helper", true)]
    [InlineData(" * prodready:ignore SEC001 inside a block comment", "SEC001", "inside a block comment", true)]
    public void Every_comment_syntax_is_recognised(string line, string rule, string reason, bool standalone)
    {
        var suppression = InlineSuppressionScanner.Parse("f", 7, line);

        Assert.NotNull(suppression);
        Assert.Equal(rule, suppression.Rule);
        Assert.Equal(reason, suppression.Reason);
        Assert.Equal(standalone, suppression.Standalone);
        Assert.Null(suppression.Problem);
        Assert.Equal(7, suppression.Line);
    }

    [Theory]
    [InlineData("name = \"prodready:ignore CFG001 not a comment\"")]
    [InlineData("x = 1 REM prodready:ignore CFG001 REM is only a comment at the start")]
    [InlineData("no marker here # at all")]
    [InlineData("/// <summary>A <c>prodready:ignore</c> comment.</summary>")]
    [InlineData("Check('b # prodready:ignore CFG001 test data')")]
    [InlineData("x = 'a # prodready:ignore CFG001 in a string'")]
    public void A_marker_outside_a_comment_is_not_a_suppression(string line)
    {
        Assert.Null(InlineSuppressionScanner.Parse("f", 1, line));
    }

    [Fact]
    public void Until_is_read_as_a_date()
    {
        var suppression = InlineSuppressionScanner.Parse("f", 1, "# prodready:ignore CFG001 until=2027-03-31 waiting for the new vault")!;

        Assert.Equal(new DateOnly(2027, 3, 31), suppression.Until);
        Assert.Equal("waiting for the new vault", suppression.Reason);
        Assert.Null(suppression.Problem);
    }

    [Theory]
    [InlineData("# prodready:ignore CFG001", "gives no reason, so it does not apply (write the reason after the rule)")]
    [InlineData("# prodready:ignore CFG001 until=2027-03-31", "gives no reason, so it does not apply (write the reason after the rule)")]
    [InlineData("# prodready:ignore CFG001 until=31/03/2027 reason", "'until=31/03/2027' is not a date (expected until=YYYY-MM-DD)")]
    [InlineData("# prodready:ignore", "names no rule (write 'prodready:ignore RULE-ID reason')")]
    public void An_invalid_suppression_says_what_is_wrong(string line, string problem)
    {
        Assert.Equal(problem, InlineSuppressionScanner.Parse("f", 1, line)!.Problem);
    }

    [Fact]
    public void A_standalone_comment_covers_its_own_line_and_the_next_only()
    {
        var above = InlineSuppressionScanner.Parse("f", 4, "    # prodready:ignore CFG001 reason")!;
        var trailing = InlineSuppressionScanner.Parse("f", 4, "x = 1  # prodready:ignore CFG001 reason")!;

        Assert.Equal([false, true, true, false], [above.Covers(3), above.Covers(4), above.Covers(5), above.Covers(6)]);
        Assert.Equal([false, true, false], [trailing.Covers(3), trailing.Covers(4), trailing.Covers(5)]);
    }

    [Fact]
    public void Ignore_comments_shown_in_Markdown_code_blocks_are_examples_not_suppressions()
    {
        const string guide = """
            # Suppressing a finding

            <!-- prodready:ignore DOC001 this one is real -->

            ```python
            DEBUG = True  # prodready:ignore CFG001 shown as an example
            ```

            ~~~~
            <!-- prodready:ignore CFG002 inside a tilde fence -->
            ~~~~

                # prodready:ignore CFG003 an indented code block

            <!-- prodready:ignore SEC001 after the blocks, real again -->
            """;
        var repository = ProdReady.Engine.Files.Repository.FromFiles([KeyValuePair.Create("docs/guide.md", guide), KeyValuePair.Create("app.py", "DEBUG = True  # prodready:ignore CFG001 real in code\n")]);

        var found = InlineSuppressionScanner.Scan(repository).Select(s => $"{s.File}:{s.Line} {s.Rule}");

        Assert.Equal(["app.py:1 CFG001", "docs/guide.md:15 SEC001", "docs/guide.md:3 DOC001"], found.Order(StringComparer.Ordinal));
    }
}
