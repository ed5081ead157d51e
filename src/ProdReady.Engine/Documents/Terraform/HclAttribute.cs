using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Terraform;

/// <summary><c>name = value</c> in a block body or an object; <see cref="Span"/> is the name.</summary>
public sealed record HclAttribute(string Name, HclValue Value, SourceSpan Span);
