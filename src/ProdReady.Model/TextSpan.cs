namespace ProdReady.Model;

/// <summary>A zero-based character range within one string.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
