namespace ProdReady.Reporting.Markdown;

/// <summary>Writes Markdown lines with LF endings whatever the platform, so output is byte-identical everywhere.</summary>
internal sealed class MarkdownDocument(TextWriter output)
{
    public void Line(string text = "")
    {
        output.Write(text);
        output.Write('\n');
    }

    public void Paragraph(string text)
    {
        Line(text);
        Line();
    }

    public void Heading(int level, string text) => Paragraph($"{new string('#', level)} {text}");

    /// <summary>A table whose cells are already escaped; columns after the first are right-aligned numbers unless listed.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int textColumns = 1)
    {
        Line($"| {string.Join(" | ", headers)} |");
        Line($"|{string.Join("|", headers.Select((_, i) => i < textColumns ? " :-- " : " --: "))}|");
        foreach (var row in rows)
        {
            Line($"| {string.Join(" | ", row)} |");
        }

        Line();
    }
}
