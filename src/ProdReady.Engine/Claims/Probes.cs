using System.Text.RegularExpressions;
using Microsoft.Extensions.FileSystemGlobbing;
using ProdReady.Model;
using ProdReady.Model.Claims;

namespace ProdReady.Engine.Claims;

/// <summary>The fact queries the topic table is written in.</summary>
public static class Probes
{
    private const int PerProbe = 3;

    public static EvidenceProbe Dependency(params string[] names) => new(
        $"a dependency on {string.Join(", ", names)}",
        c => c.Facts.Dependencies
            .Where(d => names.Contains(d.Name, StringComparer.OrdinalIgnoreCase))
            .Take(PerProbe)
            .Select(d => Evidence($"{d.Name} declared in {d.Span.File}:{d.Span.Line}", d.Span.File, d.Span.Line)));

    public static EvidenceProbe Call(params string[] names) => new(
        $"a call to {string.Join(", ", names)}",
        c => names.SelectMany(c.Facts.CallsTo)
            .OrderBy(call => call.Span.File, StringComparer.Ordinal).ThenBy(call => call.Span.Line)
            .Take(PerProbe)
            .Select(call => Evidence($"{call.Callee}() in {call.Span.File}:{call.Span.Line}", call.Span.File, call.Span.Line)));

    public static EvidenceProbe Import(params string[] modules) => new(
        $"an import of {string.Join(", ", modules)}",
        c => c.Facts.Imports
            .Where(i => modules.Any(m => i.Module == m || i.Module.StartsWith(m + ".", StringComparison.Ordinal)))
            .Take(PerProbe)
            .Select(i => Evidence($"import {i.Module} in {i.Span.File}:{i.Span.Line}", i.Span.File, i.Span.Line)));

    public static EvidenceProbe Route(string pathPart) => new(
        $"a route whose path contains {pathPart}",
        c => c.Facts.Routes
            .Where(r => r.Path.Contains(pathPart, StringComparison.OrdinalIgnoreCase))
            .Take(PerProbe)
            .Select(r => Evidence($"route {r.Method} {r.Path} in {r.Span.File}:{r.Span.Line}", r.Span.File, r.Span.Line)));

    /// <summary>Files whose repository-relative path matches one of the globs (<c>**/Dockerfile*</c>).</summary>
    public static EvidenceProbe File(params string[] globs) => new(
        $"a file matching {string.Join(", ", globs)}",
        c => Matching(c, globs).Take(PerProbe).Select(path => Evidence($"{path} exists", path, null)));

    /// <summary>Lines matching <paramref name="pattern"/> in the files matching one of the globs (no brace expansion).</summary>
    public static EvidenceProbe Line(string pattern, params string[] globs)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        return new(
            $"a line matching /{pattern}/ in {string.Join(", ", globs)}",
            c => Matching(c, globs)
                .Select(path => c.Facts.Repository.File(path))
                .OfType<Files.SourceFile>()
                .SelectMany(file => regex.Matches(file.Text).Select(m => (file, m)))
                .Take(PerProbe)
                .Select(hit =>
                {
                    var line = hit.file.Position(hit.m.Index).Line;
                    return Evidence($"{hit.file.Line(line).Trim()} in {hit.file.Path}:{line}", hit.file.Path, line);
                }));
    }

    private static IEnumerable<string> Matching(ClaimContext context, string[] globs)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(globs);
        return matcher.Match(context.Facts.Repository.AllPaths).Files.Select(f => f.Path).Order(StringComparer.Ordinal);
    }

    private static ClaimEvidence Evidence(string text, string? file, int? line) =>
        new() { Text = Redactor.Text(text), File = file, Line = line };
}
