using System.Collections.Immutable;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads <c>package.json</c> (outside node_modules): <c>dependencies</c> and <c>optionalDependencies</c>,
/// <c>devDependencies</c> (development), and the scripts that start the app as entry points, each judged by what
/// it finally runs (<c>"start": "npm run dev"</c> is the dev server that <c>dev</c> runs).</summary>
public sealed class PackageJsonReader : IFactReader
{
    public bool CanRead(SourceFile file) => FileKinds.IsPackageJson(file.Path);

    public FileFacts Read(SourceFile file)
    {
        var root = JsonFactParser.Parse(file);
        if (root is null || root.Kind != ValueKind.Dict)
        {
            return FileFacts.Empty;
        }

        return new FileFacts
        {
            Dependencies = [.. Dependencies(root, "dependencies", false), .. Dependencies(root, "optionalDependencies", false), .. Dependencies(root, "devDependencies", true)],
            EntryPoints = EntryPoints(root.Entry("scripts")),
        };
    }

    private static IEnumerable<DependencyFact> Dependencies(FactValue root, string section, bool development)
    {
        var table = root.Entry(section);
        if (table is null || table.Kind != ValueKind.Dict)
        {
            return [];
        }

        return table.Entries.Select(e => new DependencyFact("npm", e.Key.ToLowerInvariant(), e.Value.Text, e.KeySpan, development));
    }

    private static ImmutableArray<EntryPointFact> EntryPoints(FactValue? scripts)
    {
        if (scripts is null || scripts.Kind != ValueKind.Dict)
        {
            return [];
        }

        string? Lookup(string name) => scripts.Entry(name)?.Text;
        var entryPoints = ImmutableArray.CreateBuilder<EntryPointFact>();
        foreach (var script in scripts.Entries.Where(e => PackageScriptNames.IsStartScript(e.Key) && e.Value.Kind == ValueKind.String))
        {
            var command = script.Value.Text!;
            var server = CommandClassifier.ClassifyStart(command, Lookup);
            entryPoints.Add(new EntryPointFact(server.Kind, server.Server, command, script.Value.Span));
        }

        return entryPoints.ToImmutable();
    }
}
