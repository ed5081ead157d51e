namespace ProdReady.Model;

public sealed record TargetInfo(string Path, string? Commit);
