using System.Collections.Immutable;

namespace ProdReady.Engine.Facts;

/// <summary>Look-ups over a repository's facts by file, by name and by exact position, built once on first use so
/// that rules never scan every fact for every fact (a large repository has hundreds of thousands of calls).</summary>
internal sealed class FactIndex
{
    public FactIndex(RepositoryFacts facts)
    {
        CallsByFile = facts.Calls.ToLookup(c => c.Span.File, StringComparer.Ordinal);
        CallsByName = facts.Calls.ToLookup(c => c.Name, StringComparer.Ordinal);
        CallsByPosition = facts.Calls
            .GroupBy(c => (c.Span.File, c.Span.Line, c.Span.Column))
            .ToDictionary(g => g.Key, g => g.First());
        SettingsByFile = facts.Settings.ToLookup(s => s.File, StringComparer.Ordinal);
        SettingsByName = facts.Settings.ToLookup(s => s.Name, StringComparer.Ordinal);
        FunctionsByFile = facts.Functions.ToLookup(f => f.Span.File, StringComparer.Ordinal);
        ClassesByFile = facts.Classes.ToLookup(c => c.Span.File, StringComparer.Ordinal);
        ImportsByFile = facts.Imports.ToLookup(i => i.Span.File, StringComparer.Ordinal);
        StringsByFile = facts.Strings.ToLookup(s => s.Span.File, StringComparer.Ordinal);
        Unparsed = facts.Unparsed.Select(u => u.Path).ToImmutableHashSet(StringComparer.Ordinal);
    }

    public ILookup<string, CallFact> CallsByFile { get; }

    public ILookup<string, CallFact> CallsByName { get; }

    public Dictionary<(string File, int Line, int Column), CallFact> CallsByPosition { get; }

    public ILookup<string, SettingFact> SettingsByFile { get; }

    public ILookup<string, SettingFact> SettingsByName { get; }

    public ILookup<string, FunctionFact> FunctionsByFile { get; }

    public ILookup<string, ClassFact> ClassesByFile { get; }

    public ILookup<string, ImportFact> ImportsByFile { get; }

    public ILookup<string, StringLiteralFact> StringsByFile { get; }

    public ImmutableHashSet<string> Unparsed { get; }
}
