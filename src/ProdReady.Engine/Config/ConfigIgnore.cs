namespace ProdReady.Engine.Config;

/// <summary>An <c>ignore:</c> entry of <c>.prodready.yml</c>: a rule (ID or name), optionally limited to paths
/// matching a glob, with a required reason and an optional last day. <see cref="Line"/> is where it starts in the file.</summary>
public sealed record ConfigIgnore
{
    public required string Rule { get; init; }

    public string? Path { get; init; }

    public required string Reason { get; init; }

    public DateOnly? Until { get; init; }

    public required int Line { get; init; }
}
