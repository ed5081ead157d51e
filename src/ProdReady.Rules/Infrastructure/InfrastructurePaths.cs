using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Infrastructure;

/// <summary>Which infrastructure files describe what is deployed: not tests, fixtures, vendored code or a module's
/// usage examples.</summary>
internal static class InfrastructurePaths
{
    public static bool IsAudited(string path) =>
        !CodePaths.IsTest(path) && !CodePaths.IsVendored(path)
        && !path.Split('/').SkipLast(1).Any(d => d is "examples" or "example" or "samples" or "sample" or "test-fixtures");
}
