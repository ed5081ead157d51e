namespace ProdReady.Reporting.Json;

public sealed record JsonTarget
{
    public required string Path { get; init; }

    public required string? Commit { get; init; }
}
