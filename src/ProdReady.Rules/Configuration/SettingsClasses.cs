using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Configuration;

/// <summary>Recognises configuration classes: pydantic <c>BaseSettings</c> subclasses (directly or through other
/// classes of the repository) and plain classes named <c>*Settings</c>/<c>*Config</c>, and tells the ones meant
/// for development or tests (<c>DevelopmentConfig</c>, <c>TestSettings</c>) from the rest.</summary>
internal static partial class SettingsClasses
{
    private static readonly HashSet<string> DevelopmentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dev", "development", "develop", "local", "test", "testing", "debug",
    };

    public static bool IsPydanticSettings(RepositoryFacts facts, ClassFact cls) => IsPydanticSettings(facts, cls, 0);

    /// <summary>The Python class named <paramref name="name"/>: the first one in <paramref name="preferredFile"/>, else the first anywhere.</summary>
    public static ClassFact? ClassNamed(RepositoryFacts facts, string name, string? preferredFile = null) =>
        PythonClasses.Of(facts).Named(name, preferredFile);

    /// <summary>The class a Python class-level setting belongs to (the innermost one named by its scope).</summary>
    public static ClassFact? Owner(RepositoryFacts facts, SettingFact setting)
    {
        if (setting.Origin != SettingOrigin.PythonClass || setting.Scope.Length == 0)
        {
            return null;
        }

        var name = setting.Scope[(setting.Scope.LastIndexOf('.') + 1)..];
        return facts.ClassesIn(setting.File).FirstOrDefault(c => c.Name == name
            && c.Span.Line <= setting.Span.Line && c.EndLine >= setting.Span.Line);
    }

    /// <summary>A scope (class or dict path) whose name says development or tests: DevelopmentConfig, TestSettings, LocalConfig.</summary>
    public static bool IsDevelopmentScope(string scope) =>
        MayNameDevelopment(scope) && scope.Split('.').Any(part => Words(part).Any(DevelopmentWords.Contains));

    /// <summary>A setting name that says it is for development only: DEV_API_URL, LOCAL_BACKEND_URL, TEST_DATABASE_URL.</summary>
    public static bool IsDevelopmentName(string name) => MayNameDevelopment(name) && Words(name).Any(DevelopmentWords.Contains);

    /// <summary>The words of an identifier: <c>DevelopmentConfig</c> → Development, Config; <c>DEV_API_URL</c> → DEV, API, URL.</summary>
    public static IEnumerable<string> Words(string identifier) =>
        WordPattern().Matches(identifier).Select(m => m.Value);

    // Asked for every setting: a word is part of the text, and every development word contains one of these, so
    // text without them is answered without splitting it into words.
    private static bool MayNameDevelopment(string text) =>
        text.Contains("dev", StringComparison.OrdinalIgnoreCase) || text.Contains("local", StringComparison.OrdinalIgnoreCase)
        || text.Contains("test", StringComparison.OrdinalIgnoreCase) || text.Contains("debug", StringComparison.OrdinalIgnoreCase);

    private static bool IsPydanticSettings(RepositoryFacts facts, ClassFact cls, int depth)
    {
        if (cls.Inherits("BaseSettings"))
        {
            return true;
        }

        if (depth > 5)
        {
            return false;
        }

        return cls.Bases.Select(b => b[(b.LastIndexOf('.') + 1)..])
            .Select(b => ClassNamed(facts, b, cls.Span.File))
            .Any(parent => parent is not null && parent != cls && IsPydanticSettings(facts, parent, depth + 1));
    }

    [GeneratedRegex("[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")]
    private static partial Regex WordPattern();

    /// <summary>Python classes by name, gathered once per repository: every class's bases are looked up by name, and
    /// some names (Django's Migration and Meta) are shared by a thousand classes.</summary>
    private sealed class PythonClasses
    {
        private static readonly ConditionalWeakTable<RepositoryFacts, PythonClasses> Cache = [];

        private readonly Dictionary<string, ClassFact> _first = new(StringComparer.Ordinal);
        private readonly Dictionary<(string File, string Name), ClassFact> _firstInFile = [];

        private PythonClasses(RepositoryFacts facts)
        {
            foreach (var cls in facts.Classes.Where(c => c.Language == SourceLanguage.Python))
            {
                _first.TryAdd(cls.Name, cls);
                _firstInFile.TryAdd((cls.Span.File, cls.Name), cls);
            }
        }

        public static PythonClasses Of(RepositoryFacts facts) => Cache.GetValue(facts, f => new PythonClasses(f));

        public ClassFact? Named(string name, string? preferredFile) =>
            (preferredFile is not null ? _firstInFile.GetValueOrDefault((preferredFile, name)) : null) ?? _first.GetValueOrDefault(name);
    }
}
