namespace ProdReady.Model;

public sealed record ToolInfo(string Name, string Version);
