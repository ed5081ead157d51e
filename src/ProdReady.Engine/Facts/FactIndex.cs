using System.Collections.Immutable;

namespace ProdReady.Engine.Facts;

/// <summary>Look-ups over a repository's facts by file, by name and by exact position, built once on first use so
/// that rules never scan every fact for every fact (a large repository has hundreds of thousands of calls).
/// Each look-up is built when a rule first asks for it: an audit pays only for the ones its rules use, and rules
/// running in parallel build different ones at once.</summary>
internal sealed class FactIndex(RepositoryFacts facts)
{
    private readonly Lazy<ILookup<string, CallFact>> _callsByFile = new(() => facts.Calls.ToLookup(c => c.Span.File, StringComparer.Ordinal));
    private readonly Lazy<ILookup<string, CallFact>> _callsByName = new(() => facts.Calls.ToLookup(c => c.Name, StringComparer.Ordinal));
    private readonly Lazy<ILookup<(string File, int Line, int Column), CallFact>> _callsByPosition =
        new(() => facts.Calls.ToLookup(c => (c.Span.File, c.Span.Line, c.Span.Column)));

    private readonly Lazy<ILookup<string, SettingFact>> _settingsByFile = new(() => facts.Settings.ToLookup(s => s.File, StringComparer.Ordinal));
    private readonly Lazy<ILookup<string, SettingFact>> _settingsByName = new(() => facts.Settings.ToLookup(s => s.Name, StringComparer.Ordinal));
    private readonly Lazy<ILookup<string, FunctionFact>> _functionsByFile = new(() => facts.Functions.ToLookup(f => f.Span.File, StringComparer.Ordinal));
    private readonly Lazy<ILookup<string, ClassFact>> _classesByFile = new(() => facts.Classes.ToLookup(c => c.Span.File, StringComparer.Ordinal));
    private readonly Lazy<ILookup<string, ImportFact>> _importsByFile = new(() => facts.Imports.ToLookup(i => i.Span.File, StringComparer.Ordinal));
    private readonly Lazy<ILookup<string, StringLiteralFact>> _stringsByFile = new(() => facts.Strings.ToLookup(s => s.Span.File, StringComparer.Ordinal));
    private readonly Lazy<ImmutableHashSet<string>> _unparsed = new(() => facts.Unparsed.Select(u => u.Path).ToImmutableHashSet(StringComparer.Ordinal));

    public ILookup<string, CallFact> CallsByFile => _callsByFile.Value;

    public ILookup<string, CallFact> CallsByName => _callsByName.Value;

    public ILookup<(string File, int Line, int Column), CallFact> CallsByPosition => _callsByPosition.Value;

    public ILookup<string, SettingFact> SettingsByFile => _settingsByFile.Value;

    public ILookup<string, SettingFact> SettingsByName => _settingsByName.Value;

    public ILookup<string, FunctionFact> FunctionsByFile => _functionsByFile.Value;

    public ILookup<string, ClassFact> ClassesByFile => _classesByFile.Value;

    public ILookup<string, ImportFact> ImportsByFile => _importsByFile.Value;

    public ILookup<string, StringLiteralFact> StringsByFile => _stringsByFile.Value;

    public ImmutableHashSet<string> Unparsed => _unparsed.Value;
}
