using System.Collections.Frozen;
using Markdig;
using Markdig.Syntax;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Suppressions;

/// <summary>The 1-based lines of a Markdown file that sit inside code blocks: an ignore comment shown there is an
/// example in documentation, not a suppression.</summary>
internal static class MarkdownCodeLines
{
    private static readonly string[] Extensions = [".md", ".markdown", ".mdx"];

    public static IReadOnlySet<int> Of(SourceFile file)
    {
        if (!Extensions.Any(e => file.Path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return FrozenSet<int>.Empty;
        }

        var lines = new HashSet<int>();
        foreach (var block in Markdown.Parse(file.Text).Descendants<CodeBlock>())
        {
            // Markdig's lines are 0-based; a block's Line is its first line (the opening fence, if any).
            var last = block.Line + CountLines(file.Text, block.Span.Start, block.Span.End);
            for (var line = block.Line + 1; line <= last + 1; line++)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static int CountLines(string text, int start, int end)
    {
        var count = 0;
        for (var i = Math.Max(0, start); i <= end && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
