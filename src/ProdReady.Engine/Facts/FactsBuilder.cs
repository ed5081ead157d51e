using System.Collections.Immutable;
using ProdReady.Engine.Facts.Readers;
using ProdReady.Engine.Facts.Stack;
using ProdReady.Engine.Files;
using ProdReady.Model;

namespace ProdReady.Engine.Facts;

public static class FactsBuilder
{
    /// <summary>Every reader, in the order their facts are merged. Readers are stateless and shared across threads.</summary>
    public static ImmutableArray<IFactReader> Readers { get; } =
    [
        new PythonReader(),
        new JavaScriptReader(),
        new CSharpReader(),
        new DotEnvReader(),
        new JsonConfigReader(),
        new YamlConfigReader(),
        new RequirementsReader(),
        new PyProjectReader(),
        new PipfileReader(),
        new PackageJsonReader(),
        new MsBuildProjectReader(),
        new EntryPointReader(),
    ];

    /// <summary>Runs every reader over the repository's files and detects the stack.</summary>
    public static RepositoryFacts Build(Repository repository) => Build(repository, Readers);

    /// <summary>Runs <paramref name="readers"/> over every file in parallel; a file a reader fails on is listed in
    /// <see cref="RepositoryFacts.Unparsed"/> and the other readers' facts about it are kept. Every collection is
    /// sorted by file, line, column and name, so two builds of one repository are equal.</summary>
    public static RepositoryFacts Build(Repository repository, IReadOnlyList<IFactReader> readers) =>
        Build(repository, [.. repository.Files.AsParallel().AsOrdered().Select(file => Read(file, readers))]);

    /// <summary>Merges per-file readings made earlier (while the walk held each file's text), one per file of
    /// <paramref name="repository"/> in its order, into the repository's facts.</summary>
    public static RepositoryFacts Build(Repository repository, IReadOnlyList<FileReading> readings)
    {
        var all = readings.SelectMany(r => r.Facts).ToList();
        var facts = new RepositoryFacts
        {
            Repository = repository,
            Settings = Sorted(all.SelectMany(f => f.Settings), s => s.Span, s => s.Path),
            Calls = Sorted(all.SelectMany(f => f.Calls), c => c.Span, c => c.Callee),
            Imports = Sorted(all.SelectMany(f => f.Imports), i => i.Span, i => i.Module),
            Functions = Sorted(all.SelectMany(f => f.Functions), f => f.Span, f => f.Name),
            Classes = Sorted(all.SelectMany(f => f.Classes), c => c.Span, c => c.Name),
            EnvReads = Sorted(all.SelectMany(f => f.EnvReads), e => e.Span, e => e.Name),
            Routes = Sorted(all.SelectMany(f => f.Routes), r => r.Span, r => $"{r.Path} {r.Method}"),
            EntryPoints = Sorted(all.SelectMany(f => f.EntryPoints), e => e.Span, e => e.Command),
            Dependencies = Sorted(all.SelectMany(f => f.Dependencies), d => d.Span, d => d.Name),
            Strings = Sorted(all.SelectMany(f => f.Strings), s => s.Span, s => s.Value),
            Unparsed = [.. readings.Select(r => r.Unparsed).OfType<SkippedFile>().OrderBy(s => s.Path, StringComparer.Ordinal)],
        };
        return facts with { Technologies = StackDetector.Detect(facts) };
    }

    /// <summary>What every reader learns from one file.</summary>
    public static FileReading Read(SourceFile file) => Read(file, Readers);

    private static FileReading Read(SourceFile file, IReadOnlyList<IFactReader> readers)
    {
        var facts = new List<FileFacts>();
        var failures = new List<string>();
        bool? trimmed = null;
        foreach (var reader in readers.Where(r => r.CanRead(file)))
        {
            try
            {
                var read = reader.Read(file);
                trimmed ??= PathRoles.IsTest(file.Path) || PathRoles.IsGeneratedOrMigration(file.Path) || GeneratedMarker.In(file.Text);
                facts.Add(trimmed.Value ? TestCodeFacts.Trim(read) : read);
            }
            catch (FactReaderException exception)
            {
                failures.Add(exception.Message);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failures.Add($"{reader.GetType().Name} failed on {file.Path}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        var unparsed = failures.Count == 0
            ? null
            : new SkippedFile(file.Path, "unparsed: " + string.Join("; ", failures).ReplaceLineEndings(" "));
        return new FileReading(facts, unparsed);
    }

    private static ImmutableArray<T> Sorted<T>(IEnumerable<T> facts, Func<T, SourceSpan> span, Func<T, string> name) =>
    [
        .. facts
            .OrderBy(f => span(f).File, StringComparer.Ordinal)
            .ThenBy(f => span(f).Line)
            .ThenBy(f => span(f).Column)
            .ThenBy(name, StringComparer.Ordinal),
    ];
}
