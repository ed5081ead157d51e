using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A value read from a deployment document, with where it was written and whether it could be resolved.
/// <see cref="Text"/> is the resolved text, or the text as written when <see cref="State"/> is
/// <see cref="ValueState.Unresolved"/>; <see cref="Default"/> is the fallback an interpolation declares
/// (<c>${PORT:-8000}</c>).</summary>
public sealed record DocumentValue(string Text, SourceSpan Span, ValueState State = ValueState.Set)
{
    public string? Default { get; init; }

    public bool IsResolved => State != ValueState.Unresolved;

    /// <summary>The text when it is known, else the declared default, else null.</summary>
    public string? Known => IsResolved ? Text : Default;

    public bool Is(string text) => IsResolved && string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsTrue => IsResolved && Text.ToLowerInvariant() is "true" or "yes" or "on";

    public bool IsFalse => IsResolved && Text.ToLowerInvariant() is "false" or "no" or "off";

    public override string ToString() => Text;
}
