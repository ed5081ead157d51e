using System.Collections.Immutable;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads <c>Pipfile</c>: <c>[packages]</c> and <c>[dev-packages]</c> (development).</summary>
public sealed class PipfileReader : IFactReader
{
    public bool CanRead(SourceFile file) => file.Name == "Pipfile";

    public FileFacts Read(SourceFile file)
    {
        var dependencies = TomlLite.Read(file.Text)
            .Where(e => e.Table is "packages" or "dev-packages")
            .Select(e => TomlDependencies.FromKey(file, e, development: e.Table == "dev-packages"))
            .ToImmutableArray();
        return new FileFacts { Dependencies = dependencies };
    }
}
