using System.Collections.Immutable;

namespace ProdReady.Model;

/// <summary>What ProdReady recognised in the repository, each name with the file that showed it.</summary>
public sealed record StackSummary(ImmutableArray<DetectedTechnology> Languages, ImmutableArray<DetectedTechnology> Frameworks, ImmutableArray<DetectedTechnology> Infrastructure)
{
    public static StackSummary Empty { get; } = new([], [], []);
}
