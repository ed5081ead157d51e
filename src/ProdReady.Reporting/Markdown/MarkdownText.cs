using System.Text;

namespace ProdReady.Reporting.Markdown;

/// <summary>
/// Makes report text inert in GitHub-flavoured Markdown. Written by hand because no referenced library escapes
/// Markdown; the rules follow CommonMark's backslash escapes and GFM's table-cell pipe escape.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Text outside code: one line, HTML-significant characters as entities, Markdown punctuation escaped.</summary>
    public static string Escape(string text)
    {
        var line = ReportText.Sanitize(text);
        var builder = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!':
                    builder.Append('\\').Append(c);
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>An inline code span fenced by more backticks than any run inside it.</summary>
    public static string Code(string text)
    {
        var line = ReportText.Sanitize(text);
        var fence = new string('`', LongestBacktickRun(line) + 1);
        var padding = line.StartsWith('`') || line.EndsWith('`') ? " " : string.Empty;
        return $"{fence}{padding}{line}{padding}{fence}";
    }

    /// <summary>A code-block fence longer than any backtick run in the block, so the block cannot be closed early.</summary>
    public static string Fence(string block) => new('`', Math.Max(3, LongestBacktickRun(block) + 1));

    public static string CodeBlock(string block) => ReportText.Sanitize(block, keepLineBreaks: true);

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
