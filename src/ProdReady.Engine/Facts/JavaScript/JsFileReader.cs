using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Reads one JavaScript or TypeScript file into facts: tokens, then structure (functions, classes,
/// types), then calls, statements, environment reads and strings.</summary>
internal static class JsFileReader
{
    public static FileFacts Read(SourceFile file)
    {
        var typeScript = file.Extension is ".ts" or ".tsx" or ".mts" or ".cts";
        var jsx = file.Extension is ".js" or ".jsx" or ".tsx";
        var source = new JsSource(file, JsTokenizer.Tokenize(file.Text, jsx), typeScript ? SourceLanguage.TypeScript : SourceLanguage.JavaScript);
        var values = new JsValueReader(source);
        var structure = JsStructureReader.Read(source);
        var calls = new JsCallScanner(source, structure, values);
        calls.Scan();
        var statements = new JsStatementReader(source, values);
        statements.Read();
        var env = new JsEnvScanner(source, values);
        env.Scan();
        var imports = statements.Imports.Concat(calls.Imports).OrderBy(i => i.Span.Line).ThenBy(i => i.Span.Column).ToList();
        var frameworks = new JsFrameworks(imports, calls.Receivers, span => OneLine(file, span));
        return new FileFacts
        {
            Settings = [.. statements.Settings],
            Calls = [.. calls.Calls],
            Imports = [.. imports],
            Functions = [.. structure.Functions.Where(f => f.Name is not null).Select(f => Function(source, f))],
            Classes = [.. structure.Classes.Select(c => Class(source, c))],
            EnvReads = [.. env.Reads],
            Routes = [.. frameworks.Routes(calls.Calls)],
            EntryPoints = [.. frameworks.EntryPoints(calls.Calls)],
            Strings = [.. Strings(source)],
        };
    }

    private static FunctionFact Function(JsSource source, JsFunction function) => new()
    {
        Name = function.Name!,
        ClassName = function.ClassName,
        IsAsync = function.IsAsync,
        Decorators = [],
        Span = source.Span(function.HeaderStart, function.BodyStart),
        EndLine = EndLine(source, function.BodyEnd),
        Language = source.Language,
    };

    private static ClassFact Class(JsSource source, JsClass type) => new()
    {
        Name = type.Name,
        Bases = type.Bases,
        Fields = [],
        Span = source.Span(type.HeaderStart, type.BodyOpen),
        EndLine = EndLine(source, type.BodyEnd),
        Language = source.Language,
    };

    private static int EndLine(JsSource source, int end) =>
        end <= 0 ? 1 : source.File.Position(Math.Max(source[Math.Min(end, source.Count) - 1].End - 1, 0)).Line;

    private static IEnumerable<StringLiteralFact> Strings(JsSource source)
    {
        for (var i = 0; i < source.Count; i++)
        {
            if (source[i] is { IsStringLiteral: true, Value: { } value })
            {
                yield return new StringLiteralFact(value, source.Span(i, i + 1), source.Language);
            }
        }
    }

    private static string OneLine(SourceFile file, SourceSpan span)
    {
        var start = file.Offset(span.Line, span.Column);
        var text = file.Text.Substring(start, Math.Min(span.Length, file.Text.Length - start));
        return string.Join(' ', text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }
}
