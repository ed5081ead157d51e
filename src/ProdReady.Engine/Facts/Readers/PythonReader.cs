using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

public sealed class PythonReader : IFactReader
{
    public bool CanRead(SourceFile file) => file.Extension == ".py";

    public FileFacts Read(SourceFile file) => FileFacts.Empty;
}
