using System.Collections.Immutable;

namespace ProdReady.Engine.Facts.Python;

/// <summary>An open <c>def</c> or <c>class</c> while its body is read; closed when a line is indented no deeper
/// than its header.</summary>
internal sealed class PythonScope
{
    public required bool IsClass { get; init; }

    public required string Name { get; init; }

    public required int Indent { get; init; }

    public required SourceSpan Span { get; init; }

    /// <summary>Nested class names joined with dots: <c>Settings.Config</c>.</summary>
    public string ClassPath { get; init; } = string.Empty;

    public bool IsAsync { get; init; }

    public string? ClassName { get; init; }

    public ImmutableArray<CallFact> Decorators { get; init; } = [];

    public ImmutableArray<string> Bases { get; init; } = [];

    public List<FieldFact> Fields { get; } = [];

    public int EndLine { get; set; }

    public FunctionFact ToFunction() => new()
    {
        Name = Name,
        ClassName = ClassName,
        IsAsync = IsAsync,
        Decorators = Decorators,
        Span = Span,
        EndLine = EndLine,
        Language = SourceLanguage.Python,
    };

    public ClassFact ToClass() => new()
    {
        Name = Name,
        Bases = Bases,
        Fields = [.. Fields],
        Decorators = Decorators,
        Span = Span,
        EndLine = EndLine,
        Language = SourceLanguage.Python,
    };
}
