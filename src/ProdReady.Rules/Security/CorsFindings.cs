using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

/// <summary>What the CORS checks found: violations to report and the restricted configurations seen.</summary>
internal sealed class CorsFindings
{
    public List<Violation> Violations { get; } = [];

    public List<Evidence> Evidence { get; } = [];

    public void Restricted(string what, SourceSpan span) => Evidence.Add(new Evidence($"{what} ({span})", span));
}
