using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>A volume mount of a compose service: a named volume, a bind mount (<see cref="Source"/> is a path) or
/// an anonymous volume (no source).</summary>
public sealed record ComposeVolume(string? Source, string Target, SourceSpan Span)
{
    public bool IsBind => Source is not null && (Source.StartsWith('.') || Source.StartsWith('/') || Source.StartsWith('~') || Source.StartsWith('$'));
}
