namespace ProdReady.Reporting.Json;

public sealed record JsonTool
{
    public required string Name { get; init; }

    public required string Version { get; init; }
}
