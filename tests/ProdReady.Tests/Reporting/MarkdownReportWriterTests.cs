using System.Text.RegularExpressions;
using ProdReady.Model;
using ProdReady.Reporting;

namespace ProdReady.Tests.Reporting;

public partial class MarkdownReportWriterTests
{
    private static string Render(AuditReport? report = null) => ReportOutput.Render(ReportFormat.Markdown, report ?? SampleReport.Create());

    private static string[] Lines(string markdown) => markdown.Split('\n');

    // Text outside fenced code blocks: the only place markup could be injected.
    private static string OutsideCodeBlocks(string markdown)
    {
        var kept = new List<string>();
        string? fence = null;
        foreach (var line in Lines(markdown))
        {
            if (fence is null && line.StartsWith("```", StringComparison.Ordinal))
            {
                fence = line;
            }
            else if (fence is not null && line == fence)
            {
                fence = null;
            }
            else if (fence is null)
            {
                kept.Add(line);
            }
        }

        return string.Join('\n', kept);
    }

    [Fact]
    public void Table_rows_have_as_many_cells_as_their_header_because_pipes_are_escaped()
    {
        var tables = Lines(Render()).Where(l => l.StartsWith('|')).ToList();

        Assert.Contains("| SCU004 | Template output bypasses escaping with \\`\\| safe\\` | high | 1 | 2 | 8.3 |", tables);
        Assert.All(tables, row => Assert.Contains(UnescapedPipes().Matches(row).Count, new[] { 5, 7, 8 }));
    }

    [Fact]
    public void Html_from_the_repository_is_inert_outside_code_blocks()
    {
        var markdown = Render();
        var prose = OutsideCodeBlocks(markdown);

        Assert.Contains("<script>render(```raw```)</script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", prose, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", prose, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("**Impact:** A user can store &lt;script&gt; tags that run in other users' browsers.", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_fence_is_longer_than_any_backtick_run_inside_it()
    {
        var lines = Lines(Render());
        var start = Array.IndexOf(lines, "<div>{{ comment.body | safe }}</div>");

        Assert.Equal("````", lines[start - 1]);
        Assert.Equal("<script>render(```raw```)</script>", lines[start + 1]);
        Assert.Equal("````", lines[start + 2]);
    }

    [Fact]
    public void Not_applicable_area_is_shown_as_na_and_left_out_of_the_counts_table()
    {
        var lines = Lines(Render());

        Assert.Contains("| Kubernetes | n/a | 0 | 0 |", lines);
        Assert.Single(lines, l => l.StartsWith("| Kubernetes", StringComparison.Ordinal));
        Assert.Contains("| **Total** | **1** | **1** | **1** | **1** | **0** | **4** |", lines);
    }

    [Fact]
    public void Repository_level_finding_is_located_at_the_repository()
    {
        var lines = Lines(Render());
        var heading = Array.IndexOf(lines, "#### DOC002 · No runbook");

        Assert.Equal("- **Location:** repository", lines[heading + 3]);
        Assert.Equal("**Message:** No runbook found; searched docs/, README.md and \\*.md at the root.", lines[heading + 7]);
    }

    [Fact]
    public void Findings_are_grouped_by_severity_most_severe_first()
    {
        var headings = Lines(Render()).Where(l => l.StartsWith("### ", StringComparison.Ordinal) && l.EndsWith("(1)", StringComparison.Ordinal));

        Assert.Equal(["### Critical (1)", "### High (1)", "### Medium (1)", "### Low (1)"], headings);
    }

    [Fact]
    public void Many_skipped_files_are_collapsed_in_a_details_block()
    {
        var report = SampleReport.Create() with
        {
            Skipped = [.. Enumerable.Range(1, 6).Select(i => new SkippedFile($"data/blob{i}.bin", "binary file"))],
        };

        var markdown = Render(report);

        Assert.Contains("## Skipped files (6)\n\n<details>\n<summary>6 files were not read</summary>\n\n- `data/blob1.bin`: binary file\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- `data/blob6.bin`: binary file\n\n</details>\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Newlines_and_markup_in_free_text_cannot_start_new_blocks()
    {
        var report = SampleReport.Create() with { VerdictReason = "fine\n# Heading\n<img src=x onerror=alert(1)> [link](http://x) *bold* @ok" };

        var lines = Lines(Render(report));

        Assert.Contains("**Verdict: Not ready.** fine \\# Heading &lt;img src=x onerror=alert(1)&gt; \\[link\\](http://x) \\*bold\\* @ok", lines);
        Assert.DoesNotContain("# Heading", lines);
    }

    [Theory]
    [InlineData("plain.py", "`plain.py`")]
    [InlineData("we`ird.py", "``we`ird.py``")]
    [InlineData("`start", "`` `start ``")]
    public void File_names_become_code_spans_that_cannot_be_closed_early(string path, string expected)
    {
        var report = SampleReport.Create() with { Skipped = [new SkippedFile(path, "binary file")] };

        Assert.Contains($"- {expected}: binary file", Lines(Render(report)));
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipes();
}
