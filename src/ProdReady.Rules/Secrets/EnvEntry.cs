using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Secrets;

/// <summary>One <c>NAME=value</c> line of a dotenv file; the span covers the name, never the value.</summary>
internal sealed record EnvEntry(string Name, string Value, SourceSpan Span);
