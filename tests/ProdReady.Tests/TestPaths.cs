namespace ProdReady.Tests;

/// <summary>Locations in the source tree, found from the test assembly's directory.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Fixtures => Path.Combine(RepoRoot, "tests", "fixtures");

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    /// <summary>Approved and golden files are rewritten only when this is set, never silently.</summary>
    public static bool Approving => Environment.GetEnvironmentVariable("PRODREADY_APPROVE") == "1";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ProdReady.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ProdReady.slnx not found above the test directory");
    }
}
