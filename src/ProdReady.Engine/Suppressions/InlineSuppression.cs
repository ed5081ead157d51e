namespace ProdReady.Engine.Suppressions;

/// <summary>A <c>prodready:ignore</c> comment: the rule it names (ID or name), the lines it covers, its reason and
/// expiry. <see cref="Problem"/> says why it cannot apply (no reason, a bad date); such a comment suppresses nothing.</summary>
public sealed record InlineSuppression
{
    public required string File { get; init; }

    public required int Line { get; init; }

    public required string Rule { get; init; }

    public required string Reason { get; init; }

    public DateOnly? Until { get; init; }

    /// <summary>A comment alone on its line also covers the line below it.</summary>
    public required bool Standalone { get; init; }

    public string? Problem { get; init; }

    public bool Covers(int line) => line == Line || (Standalone && line == Line + 1);
}
