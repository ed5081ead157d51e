namespace ProdReady.Engine.Secrets;

/// <summary>A secret found in a file: 1-based line and column of the value's first character, its length, the value
/// itself (never printed: findings mask it) and the name it was assigned to when the detector reads one.</summary>
public sealed record SecretMatch
{
    public required string DetectorId { get; init; }

    public required string Path { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    public required int Length { get; init; }

    public required string Value { get; init; }

    public required SecretConfidence Confidence { get; init; }

    public string? Key { get; init; }

    public bool Generic { get; init; }
}
