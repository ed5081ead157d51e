namespace ProdReady.Engine.Facts.Python;

/// <summary>A tokenized Python file. <see cref="Match"/> gives, for every bracket, the index of its partner
/// (-1 when it has none, so unbalanced input stays readable).</summary>
internal sealed class PythonTokens
{
    public required string Text { get; init; }

    public required PythonToken[] Tokens { get; init; }

    public required int[] Match { get; init; }

    public required PythonLine[] Lines { get; init; }

    public int Count => Tokens.Length;

    public PythonToken this[int index] => Tokens[index];

    public bool Is(int index, string text) => index >= 0 && index < Tokens.Length && Tokens[index].Is(text);

    /// <summary>The index after the group that starts at <paramref name="open"/>, or <paramref name="limit"/> when
    /// the bracket is never closed.</summary>
    public int After(int open, int limit) => Match[open] >= 0 && Match[open] < limit ? Match[open] + 1 : limit;

    public string Raw(int first, int end) =>
        end <= first ? string.Empty : FactText.Of(Text, Tokens[first].Start, Tokens[end - 1].End);
}
