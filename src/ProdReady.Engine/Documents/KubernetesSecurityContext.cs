using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

public sealed record KubernetesSecurityContext
{
    public required SourceSpan Span { get; init; }

    public DocumentValue? Privileged { get; init; }

    public DocumentValue? AllowPrivilegeEscalation { get; init; }

    public DocumentValue? RunAsNonRoot { get; init; }

    public DocumentValue? RunAsUser { get; init; }

    public DocumentValue? ReadOnlyRootFilesystem { get; init; }
}
