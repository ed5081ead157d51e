using System.Collections.Immutable;

namespace ProdReady.Engine.Documents;

/// <summary>A Helm chart: the directory holding <c>Chart.yaml</c>, and its <c>values.yaml</c> flattened to dotted
/// keys (<c>image.tag</c>).</summary>
public sealed record HelmChart
{
    public required string Path { get; init; }

    public required string Directory { get; init; }

    public string? Name { get; init; }

    public ImmutableDictionary<string, DocumentValue> Values { get; init; } = ImmutableDictionary<string, DocumentValue>.Empty;
}
