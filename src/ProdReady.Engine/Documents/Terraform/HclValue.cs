using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Terraform;

/// <summary>An HCL expression with where it was written. <see cref="Text"/> is a literal's value (a string without
/// quotes, a number or bool as written), a reference's path, a call's function name, or an expression's source text.
/// A string holding <c>${…}</c> interpolation, a reference, a call and an expression are
/// <see cref="ValueState.Unresolved"/>; a <c>var.x</c> replaced by the variable's default is
/// <see cref="ValueState.Defaulted"/>.</summary>
public sealed record HclValue(HclValueKind Kind, string Text, SourceSpan Span, ValueState State = ValueState.Set)
{
    /// <summary>A list's elements or a call's arguments.</summary>
    public ImmutableArray<HclValue> Items { get; init; } = [];

    /// <summary>An object's entries, in the order written.</summary>
    public ImmutableArray<HclAttribute> Entries { get; init; } = [];

    public bool IsResolved => State != ValueState.Unresolved;

    public bool IsLiteral => IsResolved && Kind is HclValueKind.String or HclValueKind.Number or HclValueKind.Bool or HclValueKind.Null;

    public bool IsTrue => IsLiteral && Text.Equals("true", StringComparison.OrdinalIgnoreCase);

    public bool IsFalse => IsLiteral && Text.Equals("false", StringComparison.OrdinalIgnoreCase);

    public bool Is(string text) => IsLiteral && string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public HclValue? Entry(string key) => Entries.FirstOrDefault(e => e.Name == key)?.Value;

    /// <summary>This value and every value nested in it (list items, call arguments, object entries).</summary>
    public IEnumerable<HclValue> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Items.Concat(Entries.Select(e => e.Value)))
        {
            foreach (var nested in child.DescendantsAndSelf())
            {
                yield return nested;
            }
        }
    }

    public override string ToString() => Text;
}
