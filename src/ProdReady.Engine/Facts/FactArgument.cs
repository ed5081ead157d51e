namespace ProdReady.Engine.Facts;

/// <summary>An argument of a call: positional when <see cref="Name"/> is null.</summary>
public sealed record FactArgument(string? Name, FactValue Value);
