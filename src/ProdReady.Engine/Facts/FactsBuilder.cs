using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts;

public static class FactsBuilder
{
    /// <summary>Runs every reader over the repository's files and detects the stack.</summary>
    public static RepositoryFacts Build(Repository repository)
    {
        return new RepositoryFacts { Repository = repository };
    }
}
