using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A container env entry: a literal <see cref="Value"/>, or a reference (<see cref="ValueFrom"/> is
/// <c>secretKeyRef</c>, <c>configMapKeyRef</c>, <c>fieldRef</c>…).</summary>
public sealed record KubernetesEnvVar(string Name, DocumentValue? Value, string? ValueFrom, SourceSpan Span);
