using ProdReady.Engine.Facts;
using ProdReady.Model;

namespace ProdReady.Engine.Rules;

/// <summary>One thing a rule found wrong. <see cref="Location"/> null means the whole repository (an absence).
/// <see cref="Secret"/> is a value the snippet must mask wherever it appears. <see cref="Key"/> distinguishes
/// several findings of one rule on one line in the fingerprint (a setting name, a variable).</summary>
public sealed record Violation(SourceSpan? Location, string Message)
{
    public string? Secret { get; init; }

    public Severity? Severity { get; init; }

    public string? Key { get; init; }
}
