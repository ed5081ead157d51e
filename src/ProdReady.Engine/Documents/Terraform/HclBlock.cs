using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Terraform;

/// <summary>A block: <c>resource "aws_s3_bucket" "logs" { … }</c> has type <c>resource</c> and labels
/// <c>aws_s3_bucket</c>, <c>logs</c>. <see cref="Span"/> is the block's type keyword.</summary>
public sealed record HclBlock
{
    public required string Type { get; init; }

    public ImmutableArray<string> Labels { get; init; } = [];

    public required SourceSpan Span { get; init; }

    public ImmutableArray<HclAttribute> Attributes { get; init; } = [];

    public ImmutableArray<HclBlock> Blocks { get; init; } = [];

    /// <summary>A resource's or data source's type (<c>aws_s3_bucket</c>); the first label.</summary>
    public string Kind => Labels.Length > 0 ? Labels[0] : "";

    /// <summary>A resource's name (<c>logs</c>); the last label.</summary>
    public string Name => Labels.Length > 0 ? Labels[^1] : "";

    /// <summary><c>aws_s3_bucket.logs</c>, the address other blocks use to refer to a resource.</summary>
    public string Address => Labels.Length >= 2 ? $"{Labels[0]}.{Labels[1]}" : string.Join('.', [Type, .. Labels]);

    public HclAttribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

    public HclValue? Value(string name) => Attribute(name)?.Value;

    public IEnumerable<HclBlock> Children(string type) => Blocks.Where(b => b.Type == type);

    public IEnumerable<HclBlock> DescendantsAndSelf() => Blocks.SelectMany(b => b.DescendantsAndSelf()).Prepend(this);
}
