namespace ProdReady.Engine.Facts.Python;

internal enum PythonTokenKind
{
    Name,
    Number,
    String,
    Operator,
    Open,
    Close,
}
