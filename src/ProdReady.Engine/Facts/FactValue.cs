using System.Collections.Immutable;

namespace ProdReady.Engine.Facts;

/// <summary>A value as written in the repository: its raw text and location, and what it is when that can be known
/// without running anything. A rule only judges literal kinds; <see cref="ValueKind.Expression"/> is unresolved.</summary>
public sealed record FactValue
{
    public required ValueKind Kind { get; init; }

    /// <summary>The source text of the value, as written.</summary>
    public required string Raw { get; init; }

    public required SourceSpan Span { get; init; }

    /// <summary>The decoded string for <see cref="ValueKind.String"/>; the number's or bool's text otherwise.</summary>
    public string? Text { get; init; }

    public ImmutableArray<FactValue> Items { get; init; } = [];

    public ImmutableArray<FactEntry> Entries { get; init; } = [];

    public string? EnvName { get; init; }

    public FactValue? EnvDefault { get; init; }

    public bool IsLiteral => Kind is ValueKind.String or ValueKind.Number or ValueKind.Bool or ValueKind.Null;

    public bool IsTrue => Kind == ValueKind.Bool && string.Equals(Text, "true", StringComparison.OrdinalIgnoreCase);

    public bool IsString => Kind == ValueKind.String;

    /// <summary>The literal string this value is, or an env lookup falls back to.</summary>
    public string? EffectiveString => Kind switch
    {
        ValueKind.String => Text,
        ValueKind.EnvLookup => EnvDefault?.EffectiveString,
        _ => null,
    };

    public FactValue? Entry(string key) => Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.Ordinal))?.Value;
}
