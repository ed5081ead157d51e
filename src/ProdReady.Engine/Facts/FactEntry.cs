namespace ProdReady.Engine.Facts;

/// <summary>A key and value inside a dict or object literal.</summary>
public sealed record FactEntry(string Key, FactValue Value, SourceSpan KeySpan);
