using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A Service port; <see cref="TargetPort"/> is a number or a container port's name.</summary>
public sealed record KubernetesServicePort(DocumentValue? Port, DocumentValue? TargetPort, SourceSpan Span);
