using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

internal static class LogicalLines
{
    /// <summary>The non-blank, non-comment lines of <paramref name="file"/>, each joined with the lines its trailing
    /// backslashes continue onto. <paramref name="accept"/> picks the lines that start a command (a Makefile recipe
    /// starts with a tab) and says how many leading characters to drop.</summary>
    public static IEnumerable<LogicalLine> Read(SourceFile file, Func<string, int?> accept)
    {
        for (var number = 1; number <= file.LineCount; number++)
        {
            var first = file.Line(number);
            if (accept(first) is not { } skip)
            {
                continue;
            }

            var indent = skip;
            while (indent < first.Length && char.IsWhiteSpace(first[indent]))
            {
                indent++;
            }

            if (indent >= first.Length || first[indent] == '#')
            {
                continue;
            }

            var start = number;
            var text = first[indent..].TrimEnd();
            while (text.EndsWith('\\') && number < file.LineCount)
            {
                number++;
                text = text[..^1].TrimEnd() + " " + file.Line(number).Trim();
            }

            yield return new LogicalLine(start, indent + 1, first.Length - indent, text.TrimEnd('\\').TrimEnd());
        }
    }
}
