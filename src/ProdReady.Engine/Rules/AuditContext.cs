using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Rules;

public sealed record AuditContext(RepositoryFacts Facts)
{
    public Repository Repository => Facts.Repository;
}
