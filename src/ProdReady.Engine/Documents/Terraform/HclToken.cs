namespace ProdReady.Engine.Documents.Terraform;

internal enum HclTokenKind
{
    Identifier,
    Number,
    String,
    Heredoc,
    Symbol,
    Newline,
    End,
}

/// <summary>A token; for strings and heredocs <see cref="Text"/> is the decoded content and
/// <see cref="Interpolated"/> says it holds <c>${…}</c> or <c>%{…}</c>.</summary>
internal readonly record struct HclToken(HclTokenKind Kind, string Text, int Offset, int End, bool Interpolated = false)
{
    public bool IsSymbol(string symbol) => Kind == HclTokenKind.Symbol && Text == symbol;
}
