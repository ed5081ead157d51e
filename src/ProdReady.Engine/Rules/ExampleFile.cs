namespace ProdReady.Engine.Rules;

public sealed record ExampleFile(string Path, string Content);
