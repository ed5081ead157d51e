using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A service's healthcheck: the test command as one line, or disabled (<c>disable: true</c>,
/// <c>test: ["NONE"]</c>).</summary>
public sealed record ComposeHealthcheck(DocumentValue? Test, bool Disabled, SourceSpan Span);
