using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Django;

/// <summary>The production Django settings modules of a repository and what they set at module level.</summary>
internal static class DjangoSettings
{
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "INSTALLED_APPS", "MIDDLEWARE", "ROOT_URLCONF", "ALLOWED_HOSTS", "WSGI_APPLICATION", "ASGI_APPLICATION",
    };

    private static readonly HashSet<string> ProductionStems = new(StringComparer.OrdinalIgnoreCase)
    {
        "production", "prod", "live", "deploy", "deployment", "settings_production", "settings_prod", "production_settings", "prod_settings",
    };

    /// <summary>Python modules outside tests and development configuration that assign a Django marker setting.</summary>
    public static ImmutableArray<string> Modules(RepositoryFacts facts) =>
        [.. facts.Settings
            .Where(s => s.Origin == SettingOrigin.PythonModule && Markers.Contains(s.Name) && IsProductionFile(s.File))
            .Select(s => s.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The modules a deployment runs: the production-named ones of a split settings package when there are
    /// any, the modules listing INSTALLED_APPS otherwise.</summary>
    public static ImmutableArray<string> DeployedModules(RepositoryFacts facts)
    {
        var modules = Modules(facts);
        var directories = modules.Select(m => System.IO.Path.GetDirectoryName(m) ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var production = facts.Settings
            .Where(s => s.Origin == SettingOrigin.PythonModule && IsProductionNamed(s.File) && IsProductionFile(s.File)
                && directories.Contains(System.IO.Path.GetDirectoryName(s.File) ?? string.Empty))
            .Select(s => s.File).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        return production.Length > 0 ? production : [.. modules.Where(m => Module(facts, m, "INSTALLED_APPS") is not null)];
    }

    public static bool IsProductionNamed(string file) => ProductionStems.Contains(System.IO.Path.GetFileNameWithoutExtension(file));

    public static SettingFact? Module(RepositoryFacts facts, string file, string name) =>
        facts.SettingsIn(file).FirstOrDefault(s => s.Origin == SettingOrigin.PythonModule && s.Name == name);

    /// <summary>Every module-level assignment of <paramref name="name"/> in production settings modules.</summary>
    public static IEnumerable<SettingFact> Named(RepositoryFacts facts, string name)
    {
        var modules = Modules(facts).ToHashSet(StringComparer.Ordinal);
        return facts.SettingsNamed(name).Where(s => s.Origin == SettingOrigin.PythonModule && modules.Contains(s.File));
    }

    /// <summary>Dict entries under <paramref name="scopePrefix"/> (a module-level dict such as REST_FRAMEWORK or
    /// CHANNEL_LAYERS.default) in production settings modules.</summary>
    public static IEnumerable<SettingFact> Entries(RepositoryFacts facts, string scopePrefix, string name)
    {
        var modules = Modules(facts).ToHashSet(StringComparer.Ordinal);
        return facts.SettingsNamed(name).Where(s => s.Origin == SettingOrigin.PythonDict && modules.Contains(s.File)
            && (s.Scope == scopePrefix || s.Scope.StartsWith(scopePrefix + ".", StringComparison.Ordinal)));
    }

    public static bool InstalledApp(RepositoryFacts facts, string app) =>
        Named(facts, "INSTALLED_APPS").Any(s => s.Value.Items.Any(i => i.Text == app));

    /// <summary>Scaffolding a framework ships for new projects (project_template/) and scripts are not a deployment.</summary>
    private static bool IsProductionFile(string file) =>
        FileRoles.IsPython(file) && FileRoles.IsProduction(file) && !FileRoles.IsDevelopmentConfig(file)
        && !SettingsClasses.IsDevelopmentName(System.IO.Path.GetFileNameWithoutExtension(file))
        && !System.IO.Path.GetFileNameWithoutExtension(file).Contains("test", StringComparison.OrdinalIgnoreCase)
        && !file.Split('/')[..^1].Any(d => d is "project_template" or "app_template" or "scripts" or "bin");
}
