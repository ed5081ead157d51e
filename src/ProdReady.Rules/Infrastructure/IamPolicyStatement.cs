using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Infrastructure;

/// <summary>One Allow statement of an IAM policy, with its actions and resources as written and where its most
/// permissive action is.</summary>
internal sealed record IamPolicyStatement(string Policy, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources, SourceSpan Span)
{
    public bool AllActions => Actions.Any(a => a is "*" or "*:*");

    public string? ServiceWildcard => Actions.FirstOrDefault(a => a.EndsWith(":*", StringComparison.Ordinal) && a != "*:*");

    public bool AllResources => Resources.Contains("*");
}
