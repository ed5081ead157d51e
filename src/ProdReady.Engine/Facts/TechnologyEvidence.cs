namespace ProdReady.Engine.Facts;

/// <summary>A technology recognised in the repository and the first place that showed it.</summary>
public sealed record TechnologyEvidence(Technology Technology, string Evidence);
