namespace ProdReady.Engine.Facts;

/// <summary>A class-level field: <c>temperature: float = Field(..., ge=0)</c>. Annotation and value may each be absent.</summary>
public sealed record FieldFact(string Name, string? Annotation, FactValue? Value, SourceSpan Span);
