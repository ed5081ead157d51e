using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ProdReady.Engine.Claims;

/// <summary>Finds the claims of a Markdown document (docs/verify-claims.md): checked tasks, marked list items and
/// table rows, headings that declare a section complete (and the list items under them), and sentences saying
/// something was implemented. Code blocks, quotes of code and HTML are never read.</summary>
public static partial class ClaimExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().Build();

    public static ImmutableArray<Claim> Extract(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);

        var document = Markdown.Parse(markdown, Pipeline);
        var claims = ImmutableArray.CreateBuilder<Claim>();
        int? claimedLevel = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                var text = InlineText(heading.Inline);
                var claiming = ClaimMarks.HeadingClaims(text) && !ClaimMarks.HasCrossMark(text);
                if (claiming)
                {
                    claims.Add(new Claim(heading.Line + 1, ClaimMarks.Strip(text), ClaimKind.Heading));
                }

                // A claiming heading covers its section: deeper headings stay inside it, a sibling or parent ends it.
                if (claimedLevel is { } level && heading.Level <= level)
                {
                    claimedLevel = null;
                }

                if (claiming && claimedLevel is null)
                {
                    claimedLevel = heading.Level;
                }

                continue;
            }

            Visit(block, markdown, claimedLevel is not null, claims);
        }

        return claims.ToImmutable();
    }

    private static void Visit(Block block, string source, bool inClaimedSection, ImmutableArray<Claim>.Builder claims)
    {
        switch (block)
        {
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    ListItem(item, source, inClaimedSection, claims);
                }

                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
                {
                    var cells = row.OfType<TableCell>().Select(c => string.Join(' ', c.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline))));
                    var text = string.Join(" | ", cells);
                    if (ClaimMarks.Claims(text, verbs: false))
                    {
                        claims.Add(new Claim(row.Line + 1, ClaimMarks.Strip(text), ClaimKind.TableRow));
                    }
                }

                break;
            case ParagraphBlock paragraph:
                Sentences(paragraph, source, claims);
                break;
            case QuoteBlock quote:
                foreach (var inner in quote)
                {
                    Visit(inner, source, inClaimedSection, claims);
                }

                break;
        }
    }

    private static void ListItem(ListItemBlock item, string source, bool inClaimedSection, ImmutableArray<Claim>.Builder claims)
    {
        var first = item.OfType<ParagraphBlock>().FirstOrDefault();
        if (first is not null)
        {
            var task = first.Inline?.FirstChild as TaskList;
            var text = InlineText(first.Inline);
            var kind = task is { Checked: true } ? ClaimKind.CheckedTask : ClaimKind.ListItem;
            var claimed = task?.Checked ?? ClaimMarks.Claims(text, verbs: true, inClaimedSection);
            if (claimed && ClaimMarks.Strip(text).Length > 0)
            {
                claims.Add(new Claim(item.Line + 1, ClaimMarks.Strip(text), kind));
            }
        }

        foreach (var nested in item.OfType<ListBlock>())
        {
            Visit(nested, source, inClaimedSection, claims);
        }
    }

    private static void Sentences(ParagraphBlock paragraph, string source, ImmutableArray<Claim>.Builder claims)
    {
        // Sentences are cut from the paragraph's source text, whose offsets give each sentence its own line.
        var start = paragraph.Span.Start;
        var text = source.Substring(start, Math.Min(paragraph.Span.Length, source.Length - start));
        foreach (Match sentence in Sentence().Matches(text.Replace('\n', ' ').Replace('\r', ' ')))
        {
            var value = MarkupChars().Replace(sentence.Value, string.Empty);
            if (ClaimMarks.Claims(value, verbs: true))
            {
                var line = paragraph.Line + 1 + text.AsSpan(0, sentence.Index).Count('\n');
                claims.Add(new Claim(line, ClaimMarks.Strip(value), ClaimKind.Sentence));
            }
        }
    }

    private static string InlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }

    // A sentence ends at . ! or ? followed by a space; "e.g." and version numbers are rare in the documents read.
    [GeneratedRegex(@"\S[^.!?]*(?:[.!?](?=\S)[^.!?]*)*(?:[.!?]+|$)")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"\*\*|__|`|\[|\]\([^)]*\)")]
    private static partial Regex MarkupChars();
}
