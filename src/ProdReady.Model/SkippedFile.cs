namespace ProdReady.Model;

public sealed record SkippedFile(string Path, string Reason);
