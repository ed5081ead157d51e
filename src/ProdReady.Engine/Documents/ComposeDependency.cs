using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A <c>depends_on</c> entry; <see cref="Condition"/> is null in the list form (start order only).</summary>
public sealed record ComposeDependency(string Service, string? Condition, SourceSpan Span);
