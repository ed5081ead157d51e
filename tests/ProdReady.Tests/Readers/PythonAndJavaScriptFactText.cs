using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using ProdReady.Engine.Files;

namespace ProdReady.Tests.Readers;

/// <summary>Compact, exact renderings of facts for assertions: values, spans as line:column+length.</summary>
internal static class PythonAndJavaScriptFactText
{
    public static FileFacts Python(string code, string path = "app.py") =>
        new PythonReader().Read(new SourceFile(path, code, code.Length));

    public static FileFacts JavaScript(string code, string path = "app.js") =>
        new JavaScriptReader().Read(new SourceFile(path, code, code.Length));

    public static string Value(FactValue? value) => value is null ? "none" : value.Kind switch
    {
        ValueKind.String => $"\"{value.Text}\"",
        ValueKind.Number or ValueKind.Bool or ValueKind.Null => value.Text!,
        ValueKind.List => $"[{string.Join(", ", value.Items.Select(Value))}]",
        ValueKind.Dict => $"{{{string.Join(", ", value.Entries.Select(e => $"{e.Key}: {Value(e.Value)}"))}}}",
        ValueKind.EnvLookup => $"env {value.EnvName}" + (value.EnvDefault is null ? string.Empty : $" ?? {Value(value.EnvDefault)}"),
        _ => $"expr {value.Raw}",
    };

    public static string Span(SourceSpan span) => $"{span.Line}:{span.Column}+{span.Length}";

    public static string Call(CallFact call) =>
        $"{call.Callee}({string.Join(", ", call.Arguments.Select(Argument))}) @{Span(call.Span)}";

    public static string Context(CallFact call) =>
        $"{call.Callee} in {call.EnclosingFunction ?? "module"}{(call.InAsyncFunction ? " async" : string.Empty)}";

    public static string Setting(SettingFact setting) =>
        $"{setting.Origin} {setting.Path} = {Value(setting.Value)} @{Span(setting.Span)}";

    public static string Env(EnvReadFact read) => $"{read.Name} ?? {Value(read.Default)} @{Span(read.Span)}";

    public static string Import(ImportFact import) => $"{import.Module} [{string.Join(", ", import.Names)}] @{Span(import.Span)}";

    public static string Route(RouteFact route) => $"{route.Framework} {route.Method} {route.Path} -> {route.Handler ?? "?"} @{Span(route.Span)}";

    public static string Function(FunctionFact function) =>
        $"{(function.IsAsync ? "async " : string.Empty)}{(function.ClassName is null ? string.Empty : function.ClassName + ".")}{function.Name}"
        + $" [{string.Join(", ", function.Decorators.Select(Call))}] @{Span(function.Span)}..{function.EndLine}";

    public static string String(StringLiteralFact literal) => $"\"{literal.Value}\" @{Span(literal.Span)}";

    private static string Argument(FactArgument argument) =>
        argument.Name is null ? Value(argument.Value) : $"{argument.Name}={Value(argument.Value)}";
}
