using System.Collections.Immutable;

namespace ProdReady.Engine.Facts;

/// <summary><c>import a.b</c>, <c>from a import b, c</c>, <c>import x from "a"</c>, <c>require("a")</c>, <c>using A.B;</c>.</summary>
public sealed record ImportFact(string Module, ImmutableArray<string> Names, SourceSpan Span, SourceLanguage Language)
{
    /// <summary>The local name each of <see cref="Names"/> is bound to (its <c>as</c> name, or itself), in the same
    /// order; empty where the reader does not track it.</summary>
    public ImmutableArray<string> LocalNames { get; init; } = [];

    /// <summary>The name imported under <paramref name="local"/>, if this import binds it.</summary>
    public string? Imported(string local)
    {
        var index = LocalNames.IndexOf(local);
        return index >= 0 && index < Names.Length ? Names[index] : null;
    }
}
