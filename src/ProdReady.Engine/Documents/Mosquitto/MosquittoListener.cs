using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Mosquitto;

/// <summary>A Mosquitto listener with the settings written under it. The default listener (settings before any
/// <c>listener</c> line) has no <see cref="Port"/> unless the deprecated <c>port</c> option sets one;
/// <see cref="Span"/> is its <c>listener</c> (or <c>port</c>) line, or the file's first setting.</summary>
public sealed record MosquittoListener
{
    public required SourceSpan Span { get; init; }

    public DocumentValue? Port { get; init; }

    /// <summary>The bind address given on the <c>listener</c> line or by <c>bind_address</c>.</summary>
    public DocumentValue? Bind { get; init; }

    public bool IsDefault { get; init; }

    public ImmutableArray<MosquittoSetting> Settings { get; init; } = [];

    public DocumentValue? Setting(string name) => Settings.LastOrDefault(s => s.Name == name)?.Value;

    public DocumentValue? Protocol => Setting("protocol");

    /// <summary>TLS is configured: a certificate and key, or a pre-shared-key hint.</summary>
    public bool HasTls => Setting("certfile") is not null && Setting("keyfile") is not null || Setting("psk_hint") is not null;

    /// <summary>Bound to the loopback interface or a Unix socket only.</summary>
    public bool IsLocalOnly =>
        Bind is { IsResolved: true } bind && (bind.Text is "127.0.0.1" or "::1" or "localhost" || bind.Text.StartsWith('/'))
        || Port is { IsResolved: true } port && port.Text == "0";
}
