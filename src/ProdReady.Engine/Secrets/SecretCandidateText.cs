namespace ProdReady.Engine.Secrets;

/// <summary>What a detector's check sees: the file, the matched value, the key it was assigned to (when the pattern
/// captures one) and the text of the line it sits on.</summary>
public readonly record struct SecretCandidateText(string Path, string Value, string? Key, string Line);
