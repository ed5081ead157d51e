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

    public static ClassFact? ClassNamed(RepositoryFacts facts, string name, string? preferredFile = null) =>
        FactIndex.Of(facts).ClassesNamed(name).Where(c => c.Language == SourceLanguage.Python)
            .OrderByDescending(c => c.Span.File == preferredFile)
            .FirstOrDefault();

    /// <summary>The class a Python class-level setting belongs to (the innermost one named by its scope).</summary>
    public static ClassFact? Owner(RepositoryFacts facts, SettingFact setting)
    {
        if (setting.Origin != SettingOrigin.PythonClass || setting.Scope.Length == 0)
        {
            return null;
        }

        var name = setting.Scope[(setting.Scope.LastIndexOf('.') + 1)..];
        return FactIndex.Of(facts).ClassesIn(setting.File).FirstOrDefault(c => c.Name == name
            && c.Span.Line <= setting.Span.Line && c.EndLine >= setting.Span.Line);
    }

    /// <summary>A scope (class or dict path) whose name says development or tests: DevelopmentConfig, TestSettings, LocalConfig.</summary>
    public static bool IsDevelopmentScope(string scope) =>
        scope.Length > 0 && scope.Split('.').Any(part => Words(part).Any(DevelopmentWords.Contains));

    /// <summary>A setting name that says it is for development only: DEV_API_URL, LOCAL_BACKEND_URL, TEST_DATABASE_URL.</summary>
    public static bool IsDevelopmentName(string name) => Words(name).Any(DevelopmentWords.Contains);

    /// <summary>The words of an identifier: <c>DevelopmentConfig</c> → Development, Config; <c>DEV_API_URL</c> → DEV, API, URL.</summary>
    public static IEnumerable<string> Words(string identifier) =>
        WordPattern().Matches(identifier).Select(m => m.Value);

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
}
