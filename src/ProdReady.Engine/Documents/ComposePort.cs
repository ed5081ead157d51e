using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A published or declared port: <c>"127.0.0.1:5432:5432"</c>, <c>"8000"</c> or the long syntax.
/// <see cref="HostIp"/> is null when the port is bound on every interface.</summary>
public sealed record ComposePort
{
    public required string Raw { get; init; }

    public required SourceSpan Span { get; init; }

    public string? HostIp { get; init; }

    public DocumentValue? Published { get; init; }

    public required DocumentValue Target { get; init; }

    public string Protocol { get; init; } = "tcp";

    /// <summary>Bound on every interface of the host: no host IP, or 0.0.0.0 / ::.</summary>
    public bool IsPublic => Published is not null && (HostIp is null || HostIp is "0.0.0.0" or "::" or "[::]");

    /// <summary>The container port as a number, when written as one (not a range or a variable).</summary>
    public int? TargetNumber => Target.IsResolved && int.TryParse(Target.Text, out var port) ? port : null;
}
