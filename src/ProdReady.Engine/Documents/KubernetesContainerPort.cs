using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

public sealed record KubernetesContainerPort(string? Name, DocumentValue? ContainerPort, SourceSpan Span);
