using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

public sealed class JavaScriptReader : IFactReader
{
    public bool CanRead(SourceFile file) => file.Extension is ".js" or ".jsx" or ".ts" or ".tsx" or ".mjs" or ".cjs";

    public FileFacts Read(SourceFile file) => FileFacts.Empty;
}
