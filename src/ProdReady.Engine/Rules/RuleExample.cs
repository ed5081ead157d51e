using System.Collections.Immutable;

namespace ProdReady.Engine.Rules;

/// <summary>A small repository that shows a rule firing or not. In bad examples, <c>[|</c> and <c>|]</c> mark the
/// exact start of each expected finding; they are removed before the rule runs.</summary>
public sealed record RuleExample(ExampleKind Kind, string Reason, ImmutableArray<ExampleFile> Files)
{
    public static RuleExample Bad(string reason, params (string Path, string Content)[] files) =>
        new(ExampleKind.Bad, reason, [.. files.Select(f => new ExampleFile(f.Path, f.Content))]);

    public static RuleExample Good(string reason, params (string Path, string Content)[] files) =>
        new(ExampleKind.Good, reason, [.. files.Select(f => new ExampleFile(f.Path, f.Content))]);
}
