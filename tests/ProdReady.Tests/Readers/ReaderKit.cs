using System.Globalization;
using System.Text;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;

namespace ProdReady.Tests.Readers;

/// <summary>Builds source files and prints facts one line each, so a test states every field it expects.</summary>
internal static class ReaderKit
{
    public static SourceFile File(string path, string text) => new(path, text, Encoding.UTF8.GetByteCount(text));

    /// <summary>Compares line by line so that a failure names the first differing fact.</summary>
    public static void Lines(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        var expectedLines = expected.ToList();
        var actualLines = actual.ToList();
        for (var i = 0; i < Math.Min(expectedLines.Count, actualLines.Count); i++)
        {
            Assert.Equal(expectedLines[i], actualLines[i]);
        }

        Assert.Equal(string.Join("\n", expectedLines), string.Join("\n", actualLines));
    }

    public static string At(SourceSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{span.Line}:{span.Column}+{span.Length}");

    public static string Describe(SettingFact setting) =>
        $"{setting.Path} = {Describe(setting.Value)} key@{At(setting.Span)}";

    public static string Describe(FactValue value) => value.Kind switch
    {
        ValueKind.EnvLookup => $"EnvLookup({value.EnvName}, {(value.EnvDefault is null ? "-" : value.EnvDefault.Text)}) @{At(value.Span)}",
        ValueKind.String => $"String '{value.Text}' @{At(value.Span)}",
        ValueKind.List or ValueKind.Dict or ValueKind.Expression => $"{value.Kind} {value.Raw} @{At(value.Span)}",
        _ => $"{value.Kind} {value.Text} @{At(value.Span)}",
    };

    public static string Describe(DependencyFact dependency) =>
        $"{dependency.Ecosystem} {dependency.Name} {dependency.Version ?? "-"}{(dependency.Development ? " dev" : "")} @{At(dependency.Span)}";

    public static string Describe(EntryPointFact entryPoint) =>
        $"{entryPoint.Kind} {entryPoint.Server} [{entryPoint.Command}] @{At(entryPoint.Span)}";

    public static string Describe(RouteFact route) =>
        $"{route.Method} {route.Path} {route.Handler ?? "-"} @{At(route.Span)}";
}
