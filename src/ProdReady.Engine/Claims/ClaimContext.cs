using ProdReady.Engine.Facts;
using ProdReady.Model;

namespace ProdReady.Engine.Claims;

/// <summary>The one audit every claim is checked against: its report and the facts it was built from.</summary>
public sealed record ClaimContext(AuditReport Report, RepositoryFacts Facts);
