using ProdReady.Model.Claims;

namespace ProdReady.Engine.Claims;

/// <summary>One question to the repository's facts ("is slowapi a dependency?"), answered with evidence.</summary>
public sealed record EvidenceProbe(string Description, Func<ClaimContext, IEnumerable<ClaimEvidence>> Find);
