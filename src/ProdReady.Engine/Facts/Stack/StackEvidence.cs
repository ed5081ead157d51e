using System.Collections.Immutable;
using ProdReady.Engine.Facts.Readers;

namespace ProdReady.Engine.Facts.Stack;

/// <summary>The look-ups stack detection is made of. Each returns the first place (in path, then line order) that
/// shows what was asked, as <c>path:line</c> or <c>path</c>, or null.</summary>
internal sealed class StackEvidence(RepositoryFacts facts)
{
    private readonly ImmutableArray<string> _paths =
        [.. facts.Repository.AllPaths.Where(Counts).Order(StringComparer.Ordinal)];

    public string? Dependency(string ecosystem, params string[] names) =>
        DependencyWhere(ecosystem, name => names.Contains(name, StringComparer.OrdinalIgnoreCase));

    public string? DependencyWhere(string ecosystem, Func<string, bool> name) =>
        facts.Dependencies.FirstOrDefault(d => d.Ecosystem == ecosystem && name(d.Name) && Counts(d.Span.File)) is { } dependency
            ? At(dependency.Span)
            : null;

    public string? Import(params string[] modules) =>
        facts.Imports.FirstOrDefault(i => modules.Any(m => Within(i.Module, m)) && Counts(i.Span.File)) is { } import ? At(import.Span) : null;

    public string? Call(params string[] callees) =>
        facts.Calls.FirstOrDefault(c => callees.Contains(c.Callee, StringComparer.Ordinal) && Counts(c.Span.File)) is { } call ? At(call.Span) : null;

    public string? Path(Func<string, bool> predicate) => _paths.FirstOrDefault(predicate);

    /// <summary>The first line containing <paramref name="text"/> in a read file whose path matches.</summary>
    public string? Text(Func<string, bool> path, string text)
    {
        foreach (var candidate in _paths.Where(path))
        {
            var file = facts.Repository.File(candidate);
            var index = file?.Text.IndexOf(text, StringComparison.Ordinal) ?? -1;
            if (index >= 0)
            {
                return $"{candidate}:{file!.Position(index).Line}";
            }
        }

        return null;
    }

    public string? KubernetesObject()
    {
        foreach (var candidate in _paths.Where(FileKinds.IsYaml))
        {
            if (FileKinds.IsKustomization(candidate) || FileKinds.IsHelmChart(candidate))
            {
                return candidate;
            }

            if (facts.Repository.File(candidate) is { } file && KubernetesYaml.FirstObjectLine(file.Text) is { } line)
            {
                return $"{candidate}:{line}";
            }
        }

        return null;
    }

    /// <summary>Vendored code and test fixtures say nothing about the repository's own stack.</summary>
    private static bool Counts(string path) => !FileKinds.IsVendored(path) && !FileKinds.IsFixture(path);

    private static bool Within(string module, string root) =>
        module == root
        || (module.Length > root.Length && module.StartsWith(root, StringComparison.Ordinal) && module[root.Length] is '.' or '/');

    private static string At(SourceSpan span) => $"{span.File}:{span.Line}";
}
