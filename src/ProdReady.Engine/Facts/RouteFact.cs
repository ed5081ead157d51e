namespace ProdReady.Engine.Facts;

/// <summary>A web route the code declares. <see cref="Method"/> is upper case, or "ANY".</summary>
public sealed record RouteFact(string Framework, string Method, string Path, string? Handler, SourceSpan Span);
