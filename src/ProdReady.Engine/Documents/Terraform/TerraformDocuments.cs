using System.Collections.Immutable;

namespace ProdReady.Engine.Documents.Terraform;

/// <summary>Every Terraform file of the repository with module variables resolved to their defaults.</summary>
public sealed record TerraformDocuments(ImmutableArray<TerraformFile> Files)
{
    public static TerraformDocuments Empty { get; } = new([]);

    public IEnumerable<(TerraformFile File, HclBlock Resource)> Resources =>
        Files.SelectMany(f => f.Resources.Select(r => (f, r)));

    public IEnumerable<(TerraformFile File, HclBlock Resource)> ResourcesOf(params string[] kinds) =>
        Resources.Where(r => kinds.Contains(r.Resource.Kind, StringComparer.Ordinal));

    public IEnumerable<(TerraformFile File, HclBlock Block)> DataOf(string kind) =>
        Files.SelectMany(f => f.Blocks.Where(b => b.Type == "data" && b.Kind == kind).Select(b => (f, b)));
}
