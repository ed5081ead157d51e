namespace ProdReady.Engine.Documents.Workflows;

/// <summary>A step's <c>uses:</c> split into owner, repository, path and ref (<c>actions/cache/save@v4</c>).
/// Local actions (<c>./.github/actions/x</c>) and Docker images (<c>docker://alpine:3</c>) carry no ref to pin.</summary>
public sealed record ActionReference(string Raw, string Owner, string Repository, string? Ref)
{
    public bool IsLocal => Raw.StartsWith("./", StringComparison.Ordinal) || Raw.StartsWith("../", StringComparison.Ordinal);

    public bool IsDocker => Raw.StartsWith("docker://", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>owner/repo</c>, lower-cased.</summary>
    public string Name => $"{Owner}/{Repository}".ToLowerInvariant();

    /// <summary>Pinned to a full 40-character commit SHA.</summary>
    public bool IsPinned => Ref is { Length: 40 } sha && sha.All(Uri.IsHexDigit);

    /// <summary>Published by GitHub itself (<c>actions/*</c>, <c>github/*</c>).</summary>
    public bool IsOfficial => Owner.ToLowerInvariant() is "actions" or "github";

    public static ActionReference Parse(string raw)
    {
        var text = raw.Trim();
        var at = text.LastIndexOf('@');
        var path = at < 0 ? text : text[..at];
        var reference = at < 0 ? null : text[(at + 1)..];
        var parts = path.Split('/', 3);
        return new ActionReference(text, parts[0], parts.Length > 1 ? parts[1] : "", reference is { Length: > 0 } ? reference : null);
    }
}
