using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Configuration;

/// <summary>Tells when a setting never reaches production because production configuration assigns it again:
/// Django split settings (base.py overridden by a production.py of the same project) and Flask-style config classes
/// (Config overridden by a ProductionConfig subclass).</summary>
internal static class SettingOverrides
{
    private static readonly HashSet<string> ProductionStems = new(StringComparer.OrdinalIgnoreCase)
    {
        "production", "prod", "live", "settings_production", "production_settings", "settings_prod", "prod_settings",
    };

    private static readonly HashSet<string> ProductionWords = new(StringComparer.OrdinalIgnoreCase) { "production", "prod", "live" };

    public static bool OverriddenInProduction(RepositoryFacts facts, SettingFact setting) => setting.Origin switch
    {
        SettingOrigin.PythonModule or SettingOrigin.PythonDict => OverriddenByModule(facts, setting),
        SettingOrigin.PythonClass => OverriddenByClass(facts, setting),
        _ => false,
    };

    private static bool OverriddenByModule(RepositoryFacts facts, SettingFact setting)
    {
        if (ProductionStems.Contains(Stem(setting.File)))
        {
            return false;
        }

        var name = setting.Origin == SettingOrigin.PythonDict ? setting.Scope.Split('.')[0] : setting.Name;
        var package = Package(setting.File);
        return FactIndex.Of(facts).SettingsNamed(name).Any(s => s.Origin == SettingOrigin.PythonModule && s.File != setting.File
            && Package(s.File) == package && ProductionStems.Contains(Stem(s.File)));
    }

    private static bool OverriddenByClass(RepositoryFacts facts, SettingFact setting)
    {
        var owner = SettingsClasses.Owner(facts, setting);
        if (owner is null || IsProductionClass(owner.Name))
        {
            return false;
        }

        return FactIndex.Of(facts).ClassesIn(setting.File).Any(c => IsProductionClass(c.Name) && Inherits(facts, c, owner.Name, 0)
            && c.Fields.Any(f => f.Name == setting.Name));
    }

    private static bool Inherits(RepositoryFacts facts, ClassFact cls, string ancestor, int depth)
    {
        var bases = cls.Bases.Select(b => b[(b.LastIndexOf('.') + 1)..]).ToList();
        return bases.Contains(ancestor) || (depth < 4 && bases.Select(b => SettingsClasses.ClassNamed(facts, b, cls.Span.File))
            .Any(parent => parent is not null && parent != cls && Inherits(facts, parent, ancestor, depth + 1)));
    }

    private static bool IsProductionClass(string name) => SettingsClasses.Words(name).Any(ProductionWords.Contains);

    private static string Stem(string path) => System.IO.Path.GetFileNameWithoutExtension(path);

    /// <summary>Django merges every settings module into one namespace, so config/settings/cors.py is overridden by
    /// config/django/production.py: modules are compared by their top-level folder.</summary>
    private static string Package(string path) => path.Contains('/') ? path[..path.IndexOf('/')] : string.Empty;
}
