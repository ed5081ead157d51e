using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts;

/// <summary>Reads one kind of file into facts. A reader that cannot parse a file throws
/// <see cref="FactReaderException"/>; the file is then reported as skipped and the audit goes on.</summary>
public interface IFactReader
{
    bool CanRead(SourceFile file);

    FileFacts Read(SourceFile file);
}
