namespace ProdReady.Engine.Claims;

/// <summary>A statement of the document that something is done, with its 1-based line and the marks removed.</summary>
public sealed record Claim(int Line, string Text, ClaimKind Kind);
