using ProdReady.Engine.Facts.Python;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

public sealed class PythonReader : IFactReader
{
    public bool CanRead(SourceFile file) => file.Extension == ".py";

    public FileFacts Read(SourceFile file)
    {
        if (file.Text.Contains('\0'))
        {
            throw new FactReaderException($"{file.Path}: contains NUL characters, so it is not Python source");
        }

        return PythonFileReader.Read(file);
    }
}
