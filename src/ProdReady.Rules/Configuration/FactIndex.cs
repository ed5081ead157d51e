using System.Runtime.CompilerServices;
using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Configuration;

/// <summary>Look-ups over one repository's facts that rules make per setting or per call, built once and shared
/// by every rule of the audit (large repositories hold tens of thousands of settings and calls).</summary>
internal sealed class FactIndex
{
    private static readonly ConditionalWeakTable<RepositoryFacts, FactIndex> Cache = new();

    private readonly Dictionary<(string, int, int), List<CallFact>> _callsAt;
    private readonly ILookup<string, SettingFact> _settingsByName;
    private readonly ILookup<string, SettingFact> _settingsByFile;
    private readonly ILookup<string, ClassFact> _classesByFile;
    private readonly ILookup<string, ClassFact> _classesByName;

    private FactIndex(RepositoryFacts facts)
    {
        _callsAt = facts.Calls.GroupBy(c => (c.Span.File, c.Span.Line, c.Span.Column)).ToDictionary(g => g.Key, g => g.ToList());
        _settingsByName = facts.Settings.ToLookup(s => s.Name, StringComparer.Ordinal);
        _settingsByFile = facts.Settings.ToLookup(s => s.File, StringComparer.Ordinal);
        _classesByFile = facts.Classes.ToLookup(c => c.Span.File, StringComparer.Ordinal);
        _classesByName = facts.Classes.ToLookup(c => c.Name, StringComparer.Ordinal);
    }

    public static FactIndex Of(RepositoryFacts facts) => Cache.GetValue(facts, f => new FactIndex(f));

    /// <summary>The calls that start exactly where <paramref name="span"/> starts (a value written as a call).</summary>
    public IEnumerable<CallFact> CallsAt(SourceSpan span) =>
        _callsAt.TryGetValue((span.File, span.Line, span.Column), out var calls) ? calls : [];

    public IEnumerable<SettingFact> SettingsNamed(string name) => _settingsByName[name];

    public IEnumerable<SettingFact> SettingsIn(string file) => _settingsByFile[file];

    public IEnumerable<ClassFact> ClassesIn(string file) => _classesByFile[file];

    public IEnumerable<ClassFact> ClassesNamed(string name) => _classesByName[name];
}
