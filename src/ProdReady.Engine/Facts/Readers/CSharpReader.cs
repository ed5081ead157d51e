using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ProdReady.Engine.Facts.Readers.CSharp;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads <c>*.cs</c> files with Roslyn's parser: using directives, calls, environment reads, ASP.NET Core
/// routes, string literals, methods and classes. Roslyn recovers from any syntax error, so a broken file is read as
/// far as it goes and never rejected.</summary>
public sealed class CSharpReader : IFactReader
{
    // Doc comments are trivia no rule reads; DocumentationMode.None keeps Roslyn from parsing them into structured trivia.
    private static readonly CSharpParseOptions Options = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Preview)
        .WithDocumentationMode(Microsoft.CodeAnalysis.DocumentationMode.None);

    // Generated C# (EF designer files and model snapshots, *.g.cs) is a large share of a .NET repository and costly to
    // parse; no rule judges it, so it is not parsed at all.
    public bool CanRead(SourceFile file) => file.Extension == ".cs" && !PathRoles.IsGeneratedOrMigration(file.Path);

    public FileFacts Read(SourceFile file)
    {
        var tree = CSharpSyntaxTree.ParseText(file.Text, Options, file.Path);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var walker = new CSharpFactWalker(CSharpRoutes.Groups(root));
        walker.Visit(root);
        return walker.Facts;
    }
}
