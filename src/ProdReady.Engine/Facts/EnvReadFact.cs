namespace ProdReady.Engine.Facts;

/// <summary>The code reads an environment variable, with the fallback it uses when the variable is unset.</summary>
public sealed record EnvReadFact(string Name, SourceSpan Span, FactValue? Default);
