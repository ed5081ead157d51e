namespace ProdReady.Engine.Files;

/// <summary>Directories never audited, whether or not the repository ignores them: dependencies, build output, caches,
/// virtual environments and editor state hold third-party or generated files, so findings there would be noise
/// and the secret scan would spend most of its time in them. <c>.vscode</c> is deliberately absent: it holds
/// launch and settings files that can carry real configuration.</summary>
internal static class SkippedDirectories
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        // version control
        ".git",
        // dependencies
        "node_modules", "bower_components", "vendor", "third_party", "Pods", ".terraform",
        // Python environments and caches
        "venv", ".venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache",
        // build output
        "bin", "obj", "dist", "build", "out", "target", ".next", ".nuxt", ".svelte-kit", ".gradle",
        // coverage reports
        "coverage", "htmlcov",
        // IDE state
        ".idea", ".vs",
    };

    /// <summary>True for a listed name, or for any directory holding <c>pyvenv.cfg</c> (a virtualenv under any name).</summary>
    public static bool IsSkipped(string name, string fullPath) =>
        Names.Contains(name) || File.Exists(Path.Combine(fullPath, "pyvenv.cfg"));
}
