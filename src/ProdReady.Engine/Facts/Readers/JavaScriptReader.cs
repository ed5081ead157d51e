using ProdReady.Engine.Facts.JavaScript;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

public sealed class JavaScriptReader : IFactReader
{
    public bool CanRead(SourceFile file) => file.Extension is ".js" or ".jsx" or ".ts" or ".tsx" or ".mjs" or ".cjs" or ".mts" or ".cts";

    public FileFacts Read(SourceFile file)
    {
        if (file.Text.Contains('\0'))
        {
            throw new FactReaderException($"{file.Path}: contains NUL characters, so it is not JavaScript source");
        }

        return JsFileReader.Read(file);
    }
}
