namespace ProdReady.Engine.Facts.Python;

/// <summary><c>import a.b as c, d</c> and <c>from ..x import (a, b as c)</c>. Names are what is taken from the
/// module, before any <c>as</c>; a plain <c>import</c> names none.</summary>
internal static class PythonImportReader
{
    public static IEnumerable<ImportFact> Read(PythonSource source, int first, int end)
    {
        var span = source.Span(first, end);
        if (source.Is(first, "import"))
        {
            foreach (var (pieceFirst, pieceEnd) in source.Split(first + 1, end, source[first].Depth))
            {
                var nameEnd = source.DottedEnd(pieceFirst, pieceEnd);
                if (nameEnd > pieceFirst)
                {
                    yield return new ImportFact(source.Dotted(pieceFirst, nameEnd), [], span, SourceLanguage.Python);
                }
            }

            yield break;
        }

        var i = first + 1;
        var module = new System.Text.StringBuilder();
        while (i < end && (source.Is(i, ".") || source.Is(i, "...") || (source[i].IsName && !source.Is(i, "import"))))
        {
            module.Append(source[i].Text);
            i++;
        }

        if (module.Length == 0 || !source.Is(i, "import"))
        {
            yield break;
        }

        var pieces = Pieces(source, i + 1, end);
        yield return new ImportFact(module.ToString(), [.. pieces.Select(p => source[p.First].Text)], span, SourceLanguage.Python)
        {
            LocalNames = [.. pieces.Select(p => p.End - p.First >= 3 && source.Is(p.First + 1, "as") ? source[p.First + 2].Text : source[p.First].Text)],
        };
    }

    private static List<(int First, int End)> Pieces(PythonSource source, int first, int end)
    {
        if (first < end && source.Is(first, "("))
        {
            end = source.Tokens.After(first, end) - (source.Tokens.Match[first] >= 0 ? 1 : 0);
            first++;
        }

        if (first >= end)
        {
            return [];
        }

        return [.. source.Split(first, end, source[first].Depth).Where(p => source[p.First].IsName || source.Is(p.First, "*"))];
    }
}
