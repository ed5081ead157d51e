using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>A tokenized file with the helpers every statement reader needs: spans, raw text, splitting at
/// commas and where an expression ends.</summary>
internal sealed class JsSource(SourceFile file, JsTokens tokens, SourceLanguage language)
{
    private readonly int[] _expressionEnds = new int[tokens.Count];

    public SourceFile File => file;

    public JsTokens Tokens => tokens;

    public SourceLanguage Language => language;

    public int Count => tokens.Count;

    public JsToken this[int index] => tokens[index];

    public bool Is(int index, string text) => index >= 0 && index < tokens.Count && tokens[index].Is(text);

    public bool IsName(int index) => index >= 0 && index < tokens.Count && tokens[index].IsName;

    public int Match(int index) => tokens.Match[index];

    /// <summary>The index after the group opened at <paramref name="open"/>; the end of the file when it never closes.</summary>
    public int After(int open) => tokens.Match[open] >= 0 ? tokens.Match[open] + 1 : tokens.Count;

    public string Raw(int first, int end) =>
        end <= first || first >= tokens.Count ? string.Empty : FactText.Of(tokens.Text, tokens[first].Start, tokens[end - 1].End);

    /// <summary>The source text of [first, end), cut to <paramref name="limit"/> characters and marked with an ellipsis.</summary>
    public string Raw(int first, int end, int limit)
    {
        if (end <= first || first >= tokens.Count)
        {
            return string.Empty;
        }

        var start = tokens[first].Start;
        var length = tokens[end - 1].End - start;
        return length <= limit ? FactText.Of(tokens.Text.AsSpan(start, length)) : string.Concat(tokens.Text.AsSpan(start, limit), "…");
    }

    public SourceSpan Span(int first, int end)
    {
        var start = first < tokens.Count ? tokens[first].Start : tokens.Text.Length;
        var (line, column) = file.Position(start);
        var stop = end > first ? tokens[end - 1].End : start;
        return new SourceSpan(file.Path, line, column, stop - start);
    }

    public SourceSpan Join(SourceSpan start, SourceSpan end)
    {
        var first = file.Offset(start.Line, start.Column);
        var stop = file.Offset(end.Line, end.Column) + end.Length;
        return start with { Length = Math.Max(0, stop - first) };
    }

    public List<(int First, int End)> Split(int first, int end, int depth)
    {
        var pieces = new List<(int, int)>();
        var start = first;
        for (var i = first; i < end; i = Next(i, end))
        {
            if (tokens[i].Depth == depth && tokens[i].Kind == JsTokenKind.Punct && tokens[i].Text == ",")
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

    /// <summary>The next token to look at when scanning a level: past the whole group when a bracket opens one,
    /// so nested code is stepped over rather than rescanned and deep nesting stays linear.</summary>
    public int Next(int index, int end)
    {
        var match = tokens.Match[index];
        return tokens[index].IsOpener && match > index && match < end ? match : index + 1;
    }

    /// <summary>The first token at the depth of <paramref name="first"/> in [first, end) with this text, or -1.</summary>
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

    /// <summary>The end (exclusive) of the expression starting at <paramref name="first"/>: a comma or semicolon at
    /// its depth, the bracket that encloses it, or a line break where a semicolon would be inserted. Every token
    /// the scan passes ends where it does, so results are remembered and chains of arrows stay linear.</summary>
    public int ExpressionEnd(int first)
    {
        if (first >= tokens.Count)
        {
            return first;
        }

        if (_expressionEnds[first] > 0)
        {
            return _expressionEnds[first];
        }

        var depth = tokens[first].Depth;
        var visited = new List<int>();
        var i = first;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Depth < depth || token.Kind == JsTokenKind.TemplateMiddle
                || (token.Depth == depth && (token.Is(",") || token.Is(";") || token.IsCloser
                    || (i > first && token.NewlineBefore && JsSyntax.EndsExpression(tokens[i - 1]) && !JsSyntax.ContinuesExpression(token)))))
            {
                break;
            }

            if (i > first && _expressionEnds[i] > 0)
            {
                i = _expressionEnds[i];
                break;
            }

            visited.Add(i);
            i = token.IsOpener && tokens.Match[i] > i ? tokens.Match[i] + 1 : i + 1;
        }

        foreach (var index in visited)
        {
            _expressionEnds[index] = i;
        }

        return i;
    }
}
