using System.Runtime.CompilerServices;
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
        return ProductionAssignments.Of(facts).Modules.Contains((Package(setting.File), name));
    }

    private static bool OverriddenByClass(RepositoryFacts facts, SettingFact setting)
    {
        var candidates = ProductionAssignments.Of(facts).Classes[setting.File];
        if (!candidates.Any())
        {
            return false;
        }

        var owner = SettingsClasses.Owner(facts, setting);
        if (owner is null || IsProductionClass(owner.Name))
        {
            return false;
        }

        return candidates.Any(c => Inherits(facts, c, owner.Name, 0) && c.Fields.Any(f => f.Name == setting.Name));
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

    /// <summary>What production configuration assigns, gathered once per repository: the settings of production
    /// modules by package, and the production classes of each file. Every rule asks about every setting.</summary>
    private sealed class ProductionAssignments
    {
        private static readonly ConditionalWeakTable<RepositoryFacts, ProductionAssignments> Cache = [];

        private ProductionAssignments(RepositoryFacts facts)
        {
            Modules = facts.Settings
                .Where(s => s.Origin == SettingOrigin.PythonModule && ProductionStems.Contains(Stem(s.File)))
                .Select(s => (Package(s.File), s.Name))
                .ToHashSet();
            Classes = facts.Classes.Where(c => IsProductionClass(c.Name)).ToLookup(c => c.Span.File, StringComparer.Ordinal);
        }

        public HashSet<(string Package, string Name)> Modules { get; }

        public ILookup<string, ClassFact> Classes { get; }

        public static ProductionAssignments Of(RepositoryFacts facts) => Cache.GetValue(facts, f => new ProductionAssignments(f));
    }
}
