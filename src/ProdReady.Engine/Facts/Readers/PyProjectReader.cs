using System.Collections.Immutable;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads the dependencies of <c>pyproject.toml</c>: PEP 621 <c>[project] dependencies</c> and
/// <c>[project.optional-dependencies]</c> (development when the extra is named so), PEP 735
/// <c>[dependency-groups]</c>, <c>[tool.uv] dev-dependencies</c> and <c>[tool.pdm.dev-dependencies]</c>
/// (development), and Poetry's <c>[tool.poetry.dependencies]</c>, <c>[tool.poetry.dev-dependencies]</c> and
/// <c>[tool.poetry.group.NAME.dependencies]</c> (development unless the group is <c>main</c>).</summary>
public sealed class PyProjectReader : IFactReader
{
    private const string PoetryGroupPrefix = "tool.poetry.group.";
    private const string PoetryGroupSuffix = ".dependencies";

    public bool CanRead(SourceFile file) => file.Name == "pyproject.toml";

    public FileFacts Read(SourceFile file)
    {
        var dependencies = ImmutableArray.CreateBuilder<DependencyFact>();
        foreach (var entry in TomlLite.Read(file.Text))
        {
            dependencies.AddRange(Read(file, entry));
        }

        return new FileFacts { Dependencies = dependencies.ToImmutable() };
    }

    private static IEnumerable<DependencyFact> Read(SourceFile file, TomlEntry entry) => (entry.Table, entry.Key) switch
    {
        ("project", "dependencies") => TomlDependencies.FromArray(file, entry, development: false),
        ("project.optional-dependencies", var extra) => TomlDependencies.FromArray(file, entry, DevelopmentGroups.IsDevelopment(extra)),
        ("dependency-groups", _) => TomlDependencies.FromArray(file, entry, development: true),
        ("tool.uv", "dev-dependencies") => TomlDependencies.FromArray(file, entry, development: true),
        ("tool.pdm.dev-dependencies", _) => TomlDependencies.FromArray(file, entry, development: true),
        ("tool.poetry.dependencies", "python") => [],
        ("tool.poetry.dependencies", _) => [TomlDependencies.FromKey(file, entry, development: false)],
        ("tool.poetry.dev-dependencies", _) => [TomlDependencies.FromKey(file, entry, development: true)],
        var (table, _) when PoetryGroup(table) is { } group => [TomlDependencies.FromKey(file, entry, group != "main")],
        _ => [],
    };

    private static string? PoetryGroup(string table) =>
        table.StartsWith(PoetryGroupPrefix, StringComparison.Ordinal) && table.EndsWith(PoetryGroupSuffix, StringComparison.Ordinal)
            && table.Length > PoetryGroupPrefix.Length + PoetryGroupSuffix.Length
            ? table[PoetryGroupPrefix.Length..^PoetryGroupSuffix.Length]
            : null;
}
