using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Python;

/// <summary>A tokenized file with the helpers every Python statement reader needs: spans, raw text, splitting a
/// token range at commas, and dotted names.</summary>
internal sealed class PythonSource(SourceFile file, PythonTokens tokens)
{
    public SourceFile File => file;

    public PythonTokens Tokens => tokens;

    public PythonToken this[int index] => tokens[index];

    public bool Is(int index, string text) => tokens.Is(index, text);

    public string Raw(int first, int end) => tokens.Raw(first, end);

    /// <summary>The source text of [first, end), cut to <paramref name="limit"/> characters and marked with an ellipsis.</summary>
    public string Raw(int first, int end, int limit)
    {
        if (end <= first)
        {
            return string.Empty;
        }

        var start = tokens[first].Start;
        var length = tokens[end - 1].End - start;
        return length <= limit ? FactText.Of(tokens.Text.AsSpan(start, length)) : string.Concat(tokens.Text.AsSpan(start, limit), "…");
    }

    public SourceSpan Span(int first, int end)
    {
        var start = tokens[first].Start;
        var (line, column) = file.Position(start);
        var stop = end > first ? tokens[end - 1].End : start;
        return new SourceSpan(file.Path, line, column, stop - start);
    }

    /// <summary>The span from the start of <paramref name="start"/> to the end of <paramref name="end"/>.</summary>
    public SourceSpan Join(SourceSpan start, SourceSpan end)
    {
        var first = file.Offset(start.Line, start.Column);
        var stop = file.Offset(end.Line, end.Column) + end.Length;
        return start with { Length = Math.Max(0, stop - first) };
    }

    public int LineOf(int offset) => file.Position(offset).Line;

    /// <summary>The pieces of [first, end) between commas at <paramref name="depth"/>; a trailing comma adds nothing.</summary>
    public List<(int First, int End)> Split(int first, int end, int depth, string separator = ",")
    {
        var pieces = new List<(int, int)>();
        var start = first;
        var (inLambda, inComprehension) = (false, false);
        for (var i = first; i < end; i = Next(i, end))
        {
            var token = tokens[i];
            if (token.Depth != depth)
            {
                continue;
            }

            // The commas of lambda parameters and of a comprehension's target belong to them, not to the list.
            inLambda = separator == "," && (token.Is("lambda") || (inLambda && !token.Is(":")));
            inComprehension |= separator == "," && token.Is("for");
            if (token.Is(separator) && !inLambda && !inComprehension)
            {
                pieces.Add((start, i));
                start = i + 1;
            }
        }

        if (start < end)
        {
            pieces.Add((start, end));
        }

        return pieces;
    }

    /// <summary>The first token at the depth of <paramref name="first"/> in [first, end) whose text is
    /// <paramref name="text"/>, or -1.</summary>
    public int Find(int first, int end, string text)
    {
        if (first >= end)
        {
            return -1;
        }

        var depth = tokens[first].Depth;
        for (var i = first; i < end; i = Next(i, end))
        {
            if (tokens[i].Depth == depth && tokens[i].Is(text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The next token to look at when scanning a level: past the whole group when a bracket opens one,
    /// so nested code is stepped over rather than rescanned and deep nesting stays linear.</summary>
    public int Next(int index, int end)
    {
        var match = tokens.Match[index];
        return tokens[index].Kind == PythonTokenKind.Open && match > index && match < end ? match : index + 1;
    }

    /// <summary>The end (exclusive) of a dotted name starting at <paramref name="first"/>: <c>os.environ.get</c>.</summary>
    public int DottedEnd(int first, int end)
    {
        if (first >= end || !PythonSyntax.IsIdentifier(tokens[first]))
        {
            return first;
        }

        var i = first + 1;
        while (i + 1 < end && tokens[i].Is(".") && tokens[i + 1].IsName)
        {
            i += 2;
        }

        return i;
    }

    public string Dotted(int first, int end)
    {
        if (end - first == 1)
        {
            return tokens[first].Text;
        }

        var builder = new System.Text.StringBuilder();
        for (var i = first; i < end; i++)
        {
            builder.Append(tokens[i].Text);
        }

        return FactText.Of(builder.ToString());
    }
}
