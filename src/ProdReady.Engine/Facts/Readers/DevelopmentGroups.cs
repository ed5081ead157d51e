using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Whether a dependency group or requirements file name says it is for development only
/// (<c>requirements-dev.txt</c>, <c>[tool.poetry.group.test.dependencies]</c>, <c>dev-packages</c>).</summary>
internal static class DevelopmentGroups
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        ["dev", "devel", "develop", "development", "test", "tests", "testing", "lint", "linting", "docs", "typing"],
        StringComparer.Ordinal);

    public static bool IsDevelopment(string name) =>
        name.ToLowerInvariant().Split(['-', '_', '.', '/'], StringSplitOptions.RemoveEmptyEntries).Any(Words.Contains);
}
