using System.Collections.Immutable;

namespace ProdReady.Reporting.Json;

public sealed record JsonStack
{
    public required ImmutableArray<JsonTechnology> Languages { get; init; }

    public required ImmutableArray<JsonTechnology> Frameworks { get; init; }

    public required ImmutableArray<JsonTechnology> Infrastructure { get; init; }
}
