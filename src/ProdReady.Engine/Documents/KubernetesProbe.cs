using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A liveness, readiness or startup probe. <see cref="Handler"/> is httpGet, tcpSocket, exec or grpc;
/// <see cref="Signature"/> is the handler and its target, for telling identical probes apart from merely similar ones.</summary>
public sealed record KubernetesProbe(string Handler, DocumentValue? Path, DocumentValue? Port, string? Command, SourceSpan Span)
{
    public string Signature => $"{Handler} {Path?.Text} {Port?.Text} {Command}";
}
