namespace ProdReady.Engine.Files;

public static class RepositoryWalker
{
    /// <summary>Walks <paramref name="root"/> and reads every auditable file once.</summary>
    /// <exception cref="DirectoryNotFoundException">The root does not exist or is not a directory.</exception>
    public static Repository Walk(string root, WalkOptions options, IProgress<int>? filesRead = null)
    {
        throw new NotImplementedException("walker: to be written");
    }
}
