namespace ProdReady.Engine.Facts;

/// <summary>A declared dependency. <see cref="Ecosystem"/> is "pypi", "npm" or "nuget"; names are lower-cased for
/// PyPI and npm so look-ups are case-insensitive.</summary>
public sealed record DependencyFact(string Ecosystem, string Name, string? Version, SourceSpan Span, bool Development);
