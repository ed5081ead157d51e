namespace ProdReady.Engine.Facts;

/// <summary>A string literal in source code, for rules that judge what strings say (localhost URLs, for example).</summary>
public sealed record StringLiteralFact(string Value, SourceSpan Span, SourceLanguage Language);
