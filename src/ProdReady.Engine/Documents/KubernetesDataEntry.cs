using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A key of a ConfigMap's or Secret's data. <see cref="Encoded"/> is set for a Secret's base64 <c>data</c>;
/// <see cref="Value"/> then holds the decoded text (or the text as written when it is not valid base64).</summary>
public sealed record KubernetesDataEntry(string Key, DocumentValue Value, bool Encoded, SourceSpan Span);
