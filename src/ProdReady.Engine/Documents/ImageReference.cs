namespace ProdReady.Engine.Documents;

/// <summary>A container image reference split into repository, tag and digest
/// (<c>ghcr.io/org/app:1.4@sha256:…</c>). <see cref="Repository"/> keeps the registry; <see cref="Name"/> is its
/// last path segment (<c>postgres</c> for <c>docker.io/library/postgres</c>).</summary>
public sealed record ImageReference(string Raw, string Repository, string? Tag, string? Digest)
{
    public string Name => Repository[(Repository.LastIndexOf('/') + 1)..].ToLowerInvariant();

    public bool HasDigest => Digest is not null;

    /// <summary>No tag and no digest, or the tag <c>latest</c> without a digest: the image can change under you.</summary>
    public bool IsFloating => Digest is null && (Tag is null || Tag.Equals("latest", StringComparison.OrdinalIgnoreCase));

    public static ImageReference Parse(string raw)
    {
        var text = raw.Trim();
        string? digest = null;
        var at = text.IndexOf('@');
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            text = text[..at];
        }

        string? tag = null;
        var colon = text.LastIndexOf(':');
        if (colon > text.LastIndexOf('/'))
        {
            tag = text[(colon + 1)..];
            text = text[..colon];
        }

        return new ImageReference(raw.Trim(), text, tag is { Length: > 0 } ? tag : null, digest is { Length: > 0 } ? digest : null);
    }
}
