namespace ProdReady.Engine.Facts.Python;

/// <summary>Tokens with the readers that work on them: the whole file, or the expression of an f-string field.</summary>
internal sealed record PythonFragment(PythonSource Source, PythonValueReader Values, PythonCallScanner Calls)
{
    public static PythonFragment Of(PythonSource source)
    {
        var values = new PythonValueReader(source);
        return new PythonFragment(source, values, new PythonCallScanner(source, values));
    }
}
