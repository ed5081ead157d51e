namespace ProdReady.Reporting.Json;

public sealed record JsonTechnology
{
    public required string Name { get; init; }

    public required string Evidence { get; init; }
}
