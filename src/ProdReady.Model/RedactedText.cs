namespace ProdReady.Model;

/// <summary>
/// Text taken from an audited repository after it went through <see cref="Redactor"/>.
/// Only the redactor can make one, so every path from a repository to a report is redacted by construction.
/// </summary>
public sealed class RedactedText : IEquatable<RedactedText>
{
    internal RedactedText(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public bool Equals(RedactedText? other) => other is not null && other.Value == Value;

    public override bool Equals(object? obj) => Equals(obj as RedactedText);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
}
