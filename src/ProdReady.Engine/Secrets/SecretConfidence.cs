namespace ProdReady.Engine.Secrets;

/// <summary>How sure a detector is that a match is a live secret.</summary>
public enum SecretConfidence
{
    /// <summary>A test-mode key, an encrypted private key, a weak literal: worth a look, not an emergency.</summary>
    Low,

    Medium,

    /// <summary>A distinctive provider format, or one whose checksum was verified offline.</summary>
    High,
}
