namespace ProdReady.Engine.Facts.Readers;

/// <summary>Which package.json scripts start the application, judged by name: <c>start</c>, <c>serve</c>,
/// <c>server</c>, <c>dev</c>, <c>develop</c>, <c>prod</c>, <c>production</c>, <c>preview</c>, and those names
/// followed by a <c>:variant</c> (<c>start:prod</c>, <c>dev:api</c>).</summary>
internal static class PackageScriptNames
{
    private static readonly string[] Starts = ["start", "serve", "server", "prod", "production", "preview"];

    private static readonly string[] Developments = ["dev", "develop"];

    public static bool IsStartScript(string name) => Kind(name) is not null;

    /// <summary>What running a script of this name says when its body is unknown: development for dev-like names,
    /// otherwise unclassified; null for scripts that start nothing (build, test, lint).</summary>
    public static EntryPointKind? Kind(string name)
    {
        var stem = name.Split(':')[0];
        if (Developments.Contains(stem) || name.EndsWith(":dev", StringComparison.Ordinal))
        {
            return EntryPointKind.DevelopmentServer;
        }

        return Starts.Contains(stem) ? EntryPointKind.Other : null;
    }
}
