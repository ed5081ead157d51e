namespace ProdReady.Tests.Secrets;

/// <summary>One positive row of the corpus's labels.tsv: the lines a secret occupies (one line, or a block such as a
/// PEM key), its detector family, and the secret itself (empty for a weak literal the leak test cannot use).</summary>
public sealed record CorpusLabel
{
    public required string Path { get; init; }

    public required int FirstLine { get; init; }

    public required int LastLine { get; init; }

    public required string Family { get; init; }

    public required string Note { get; init; }

    public required string Secret { get; init; }

    public bool Covers(int line) => line >= FirstLine && line <= LastLine;
}
