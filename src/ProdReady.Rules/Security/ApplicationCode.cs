using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

/// <summary>Code that runs in the deployed application: production files by <see cref="FileRoles"/>, and not under a
/// hidden directory (<c>.semgrep/</c> rule samples, <c>.github/</c> scripts), which holds tooling and deliberately bad
/// samples rather than the service.</summary>
internal static class ApplicationCode
{
    public static bool Is(string path) =>
        FileRoles.IsProduction(path) && !path.Split('/')[..^1].Any(segment => segment.Length > 1 && segment[0] == '.');
}
