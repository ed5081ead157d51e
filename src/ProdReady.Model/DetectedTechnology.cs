namespace ProdReady.Model;

public sealed record DetectedTechnology(string Name, string Evidence);
