namespace ProdReady.Reporting.Json;

public sealed record JsonSkippedFile
{
    public required string File { get; init; }

    public required string Reason { get; init; }
}
