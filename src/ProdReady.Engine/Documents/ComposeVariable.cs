using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>An <c>environment</c> entry of a compose service; <see cref="Value"/> is null when only the name is
/// given (taken from the shell that runs compose).</summary>
public sealed record ComposeVariable(string Name, DocumentValue? Value, SourceSpan Span);
