namespace ProdReady.Engine.Facts;

public enum SourceLanguage
{
    Python,
    JavaScript,
    TypeScript,
    CSharp,
}
