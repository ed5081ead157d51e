namespace ProdReady.Engine.Facts;

/// <summary>Where a fact was read: a repository-relative path and a 1-based line and column; Length in characters.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int Length = 0)
{
    public override string ToString() => $"{File}:{Line}";
}
