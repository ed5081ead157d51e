using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Rules;

/// <summary>Reads the <c>[|</c> … <c>|]</c> span markers of rule examples: the clean text and the 1-based start of
/// every marked span.</summary>
public static class ExampleMarkup
{
    public const string Open = "[|";
    public const string Close = "|]";

    public static (string Text, ImmutableArray<SourceSpan> Marked) Parse(ExampleFile file)
    {
        var text = file.Content;
        var clean = new System.Text.StringBuilder(text.Length);
        var marked = ImmutableArray.CreateBuilder<SourceSpan>();
        int line = 1, column = 1, openLine = 0, openColumn = 0, openLength = 0;
        var inside = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (string.CompareOrdinal(text, i, Open, 0, 2) == 0 && !inside)
            {
                inside = true;
                (openLine, openColumn, openLength) = (line, column, 0);
                i++;
                continue;
            }

            if (string.CompareOrdinal(text, i, Close, 0, 2) == 0 && inside)
            {
                inside = false;
                marked.Add(new SourceSpan(file.Path, openLine, openColumn, openLength));
                i++;
                continue;
            }

            clean.Append(text[i]);
            if (inside)
            {
                openLength++;
            }

            if (text[i] == '\n')
            {
                (line, column) = (line + 1, 1);
            }
            else
            {
                column++;
            }
        }

        return (clean.ToString(), marked.ToImmutable());
    }
}
