using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ProdReady.Reporting.Html;

/// <summary>
/// Writes HTML with every text and attribute value encoded. Tag and attribute names are always constants of the
/// writers; the only unencoded markup is <see cref="Trusted"/>, which takes ProdReady's own constants.
/// </summary>
internal sealed class HtmlWriter(TextWriter output)
{
    // Every Unicode range is allowed so prose stays readable; the encoder still escapes < > & ' " and friends.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A start tag. An attribute whose value is null is left out; an empty value writes a bare boolean attribute.</summary>
    public void Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        output.Write('<');
        output.Write(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            output.Write(' ');
            output.Write(name);
            if (value.Length > 0)
            {
                output.Write("=\"");
                output.Write(Encode(value));
                output.Write('"');
            }
        }

        output.Write('>');
    }

    public void Close(string tag)
    {
        output.Write("</");
        output.Write(tag);
        output.Write('>');
    }

    /// <summary>An element holding one line of encoded text.</summary>
    public void Element(string tag, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        Open(tag, attributes);
        Text(text);
        Close(tag);
    }

    public void Text(string text) => output.Write(Encode(text));

    /// <summary>Text whose line breaks are kept, for a &lt;pre&gt; block.</summary>
    public void Preformatted(string text)
    {
        var lines = ReportText.Sanitize(text, keepLineBreaks: true).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                output.Write('\n');
            }

            output.Write(Encoder.Encode(lines[i]));
        }
    }

    /// <summary>Markup written as is: only ever ProdReady's own constants and numbers, never report text.</summary>
    public void Trusted(string markup) => output.Write(markup);

    public void Line() => output.Write('\n');

    private static string Encode(string text) => Encoder.Encode(ReportText.Sanitize(text));
}
